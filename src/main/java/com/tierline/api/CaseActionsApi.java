package com.tierline.api;

import com.tierline.application.service.ExporterRequests;
import com.tierline.rfi.domain.RequestForInformation;
import com.tierline.rfi.service.InformationRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * What an exporter does on a filed case besides appealing: answer the reviewer's request for information (with
 * documents, as the browser allows) and withdraw. The same services as the case page, so the same checks.
 */
@RestController
@RequestMapping(path = "/api/v1/applications/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "basic")
class CaseActionsApi {

    private final InformationRequests informationRequests;
    private final ExporterRequests exporterRequests;
    private final ApplicationReader reader;

    CaseActionsApi(InformationRequests informationRequests, ExporterRequests exporterRequests,
            ApplicationReader reader) {
        this.informationRequests = informationRequests;
        this.exporterRequests = exporterRequests;
        this.reader = reader;
    }

    @Schema(description = "An answer to a request for information, with any documents that support it")
    record AnswerForm(
            @Schema(description = "The answer, at least 10 characters of plain text (line breaks allowed)",
                    requiredMode = Schema.RequiredMode.REQUIRED) String answer,
            @ArraySchema(schema = @Schema(type = "string", format = "binary"), arraySchema = @Schema(description =
                    "Optional documents (repeat the part); checked as uploads are, and filed only with the answer"))
            List<byte[]> files) {
    }

    @Schema(description = "Why the exporter withdraws the application")
    record WithdrawalBody(@Schema(description = "10 to 120 characters of plain text, on one line; kept in the "
            + "case's record as \"Withdrawn by <user>: <reason>\"", example = "The end user cancelled the order.",
            requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    @Tag(name = "Requests for information", description = "Exporters: read the reviewer's questions on a filed "
            + "application and answer the open one, with documents")
    @Operation(operationId = "listInformationRequests",
            summary = "The requests for information on an application",
            description = "Every question a reviewer asked, oldest first, with its reply deadline, whether it is "
                    + "open, the answer once given, and for the open one the answerUrl to post the answer to.")
    @ApiResponse(responseCode = "200", description = "The questions, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = ApplicationResponse.InformationRequest.class))))
    @ApiResponse(responseCode = "403", description = "Your role reads no applications (administrators); or your "
            + "organisation is not (or no longer) approved, which detail says")
    @ApiResponse(responseCode = "404", description = "No application you may see has this reference")
    @GetMapping("/information-requests")
    List<ApplicationResponse.InformationRequest> questions(
            @Parameter(description = ApplicationsApi.REFERENCE, example = "TL-2026-000123")
            @PathVariable String reference) {
        reader.find(reference);
        return informationRequests.requestsFor(reference).stream()
                .map(r -> ApplicationResponse.InformationRequest.of(reference, r)).toList();
    }

    @Tag(name = "Requests for information")
    @Operation(operationId = "answerInformationRequest",
            summary = "Answer the open request for information",
            description = "Answers the question (multipart: the part \"answer\" and optionally \"files\"), as the "
                    + "case page does: the documents are filed with the answer or, if one is refused, nothing is "
                    + "saved; the case is screened again and returns to the reviewer who asked. 409 when the "
                    + "question was already answered, the reply deadline passed or the case is not waiting for you.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = AnswerForm.class))))
    @ApiResponse(responseCode = "200", description = "The application after the answer", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApplicationResponse.class)))
    @ApiResponse(responseCode = "400", description = "An unknown part (errors names it), a body that is not "
            + "readable multipart/form-data, or a requestId that is not a whole number")
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @ApiResponse(responseCode = "404", description = "No such question on an application of your organisation")
    @ApiResponse(responseCode = "409", description = "Already answered, past its deadline, or not waiting for you")
    @ApiResponse(responseCode = "413", description = "A document is larger than the document size limit, or the "
            + "whole request larger than the service accepts in one request")
    @ApiResponse(responseCode = "415", description = "The body is not multipart/form-data, or a document is not a "
            + "PDF, image or office document by its content (fileName names it)")
    @ApiResponse(responseCode = "422", description = "The answer is missing, too short or not plain text, or a "
            + "document is empty, carries script or web-page content or is misnamed. Nothing was saved")
    @PostMapping(path = "/information-requests/{requestId}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ApplicationResponse answer(
            @Parameter(description = ApplicationsApi.REFERENCE, example = "TL-2026-000123")
            @PathVariable String reference,
            @Parameter(description = "The question's id, as in the information requests list and its answerUrl",
                    example = "7") @PathVariable long requestId,
            @Parameter(hidden = true) @RequestParam(name = "answer", required = false) String answer,
            @RequestPart(name = Uploads.FILES, required = false) List<MultipartFile> files,
            MultipartHttpServletRequest request) {
        Uploads.onlyParts(request, "answer", Uploads.FILES);
        reader.find(reference);
        RequestForInformation asked = informationRequests.requestsFor(reference).stream()
                .filter(r -> r.getId() == requestId).findFirst()
                .orElseThrow(() -> new ActionProblems.NotFoundException("No request for information " + requestId
                        + " on application " + reference + "."));
        if (!asked.isOpen()) {
            throw new com.tierline.rfi.service.InformationRequestRefusedException("Request for information "
                    + requestId + " on " + reference + " has already been answered.");
        }
        // The service answers the case's one open question, which the checks above showed is this one.
        informationRequests.answer(reference, answer, Uploads.of(files));
        return reader.read(reference);
    }

    @Tag(name = "Withdrawal and appeals")
    @Operation(operationId = "withdrawApplication",
            summary = "Withdraw an open application",
            description = "Closes the case without a decision, at whatever open step it is (under review, "
                    + "presumed denial, waiting for your answer, escalated), with your reason in its record. 409 once it is decided or "
                    + "withdrawn, saying what it is; nothing else changes.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = WithdrawalBody.class))))
    @ApiResponse(responseCode = "200", description = "The application, withdrawn", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApplicationResponse.class)))
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @ApiResponse(responseCode = "404", description = "No application of your organisation has this reference")
    @ApiResponse(responseCode = "409", description = "Already decided or withdrawn, or at a step that cannot be "
            + "withdrawn just now; detail says which")
    @ApiResponse(responseCode = "422", description = "The reason is missing, too short or too long, or not plain text")
    @PostMapping(path = "/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApplicationResponse withdraw(
            @Parameter(description = ApplicationsApi.REFERENCE, example = "TL-2026-000123")
            @PathVariable String reference,
            @RequestBody WithdrawalBody body) {
        exporterRequests.withdraw(reference, body.reason());
        return reader.read(reference);
    }
}
