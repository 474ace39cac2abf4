package com.tierline.api;

import com.tierline.appeal.domain.Appeal;
import com.tierline.appeal.service.AppealService;
import com.tierline.application.service.CaseIndex;
import com.tierline.document.service.DocumentStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Appeals of a denial and tier-upgrade petitions ("a destination seeks an upgrade of its tier"), filed and followed
 * as on the browser's Appeals page: grounds of at least 20 characters, optional evidence filed with the appeal.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Withdrawal and appeals", description = "Withdraw an application, appeal a denial, petition for a "
        + "destination's tier")
@SecurityRequirement(name = "basic")
class AppealsApi {

    private final AppealService appeals;
    private final CaseIndex cases;
    private final DocumentStore documents;

    AppealsApi(AppealService appeals, CaseIndex cases, DocumentStore documents) {
        this.appeals = appeals;
        this.cases = cases;
        this.documents = documents;
    }

    /** An appeal as its exporter follows it; {@code kind} and {@code status} as codes, each also in words. */
    @Schema(description = "An appeal of a denial or a tier-upgrade petition")
    record AppealResponse(String reference, String kind, String kindLabel, String caseReference, String destination,
            String status, String statusLabel, java.time.Instant filedAt, String grounds,
            java.time.Instant decidedAt, String decisionReason, List<ApplicationResponse.Document> evidence) {

        static AppealResponse of(Appeal a, String caseReference, List<ApplicationResponse.Document> evidence) {
            return new AppealResponse(a.getReference(), a.getKind().name(), a.getKind() == Appeal.Kind.DENIAL
                    ? "Appeal of a denial" : "Tier-upgrade petition", caseReference, a.getDestinationCountry(),
                    a.getStatus().name(), switch (a.getStatus()) {
                        case UNDER_REVIEW -> "Under review";
                        case PANEL -> "With a panel";
                        case UPHELD -> "Upheld";
                        case DISMISSED -> "Dismissed";
                    }, a.getFiledAt(), a.getGrounds(), a.getDecidedAt(), a.getDecisionReason(), evidence);
        }
    }

    @Schema(description = "The grounds of an appeal of a denial, with any evidence")
    record AppealForm(
            @Schema(description = "At least 20 characters of plain text", requiredMode = Schema.RequiredMode.REQUIRED)
            String grounds,
            @ArraySchema(schema = @Schema(type = "string", format = "binary"), arraySchema = @Schema(
                    description = "Optional evidence (repeat the part), checked as uploads are")) List<byte[]> files) {
    }

    @Schema(description = "A petition that a destination be treated as Tier 1, with any evidence")
    record PetitionForm(
            @Schema(description = "ISO 3166-1 code of a Tier 2 or Tier 3 destination", example = "AE",
                    requiredMode = Schema.RequiredMode.REQUIRED) String destination,
            @Schema(description = "At least 20 characters: security standards, agreements, diversion record",
                    requiredMode = Schema.RequiredMode.REQUIRED) String grounds,
            @ArraySchema(schema = @Schema(type = "string", format = "binary"), arraySchema = @Schema(
                    description = "Optional evidence (repeat the part), checked as uploads are")) List<byte[]> files) {
    }

    @Operation(operationId = "appealDenial",
            summary = "Appeal the denial of an application",
            description = "Within the appeal window after the denial (45 days unless the authority set another; "
                    + "15 CFR part 756). A senior reviewer who took no part in the decision hears it; the case stays "
                    + "denied, its letter unchanged, until the appeal is decided. Evidence is filed with the appeal "
                    + "or, if one file is refused, nothing is saved. 409 when the application is not denied, is already under appeal or the window has closed.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = AppealForm.class))))
    @ApiResponse(responseCode = "201", description = "The appeal, filed, with its evidence",
            headers = @Header(name = "Location", description = "Where to read the appeal",
                    schema = @Schema(type = "string", example = "/api/v1/appeals/APL-2026-000045")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AppealResponse.class)))
    @ApiResponse(responseCode = "400", description = ProblemTexts.MULTIPART_UNREADABLE)
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @ApiResponse(responseCode = "404", description = "No application of your organisation has this reference")
    @ApiResponse(responseCode = "409", description = "The application is not denied, is already under appeal, or "
            + "its appeal window has closed; detail says which")
    @ApiResponse(responseCode = "413", description = ProblemTexts.UPLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", description = ProblemTexts.UPLOAD_WRONG_TYPE)
    @ApiResponse(responseCode = "422", description = "The grounds are missing, too short or not plain text, or a "
            + "file is empty, carries script or web-page content or is misnamed. Nothing was saved")
    @PostMapping(path = "/applications/{reference}/appeals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AppealResponse> appeal(
            @Parameter(description = ApplicationsApi.REFERENCE, example = "TL-2026-000123")
            @PathVariable String reference,
            @Parameter(hidden = true) @RequestParam(name = "grounds", required = false) String grounds,
            @RequestPart(name = Uploads.FILES, required = false) List<MultipartFile> files,
            MultipartHttpServletRequest request) {
        Uploads.onlyParts(request, "grounds", Uploads.FILES);
        return created(appeals.appealDenial(reference, grounds, Uploads.of(files)));
    }

    @Operation(operationId = "petitionForTierUpgrade",
            summary = "Petition for a destination to be treated as Tier 1",
            description = "A tier-upgrade appeal: if a senior reviewer upholds it, a draft rule-set version moving "
                    + "the destination to Tier 1 waits for an administrator to publish it. 409 when the destination "
                    + "is already Tier 1.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = PetitionForm.class))))
    @ApiResponse(responseCode = "201", description = "The petition, filed, with its evidence",
            headers = @Header(name = "Location", description = "Where to read the appeal",
                    schema = @Schema(type = "string", example = "/api/v1/appeals/APL-2026-000045")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AppealResponse.class)))
    @ApiResponse(responseCode = "400", description = ProblemTexts.MULTIPART_UNREADABLE)
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @ApiResponse(responseCode = "409", description = "The destination is already Tier 1")
    @ApiResponse(responseCode = "413", description = ProblemTexts.UPLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", description = ProblemTexts.UPLOAD_WRONG_TYPE)
    @ApiResponse(responseCode = "422", description = "The destination is missing or unknown, the grounds are "
            + "missing, too short or not plain text, or a file is empty, carries script or web-page content or is "
            + "misnamed. Nothing was saved")
    @PostMapping(path = "/tier-petitions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AppealResponse> petition(
            @Parameter(hidden = true) @RequestParam(name = "destination", required = false) String destination,
            @Parameter(hidden = true) @RequestParam(name = "grounds", required = false) String grounds,
            @RequestPart(name = Uploads.FILES, required = false) List<MultipartFile> files,
            MultipartHttpServletRequest request) {
        Uploads.onlyParts(request, "destination", "grounds", Uploads.FILES);
        return created(appeals.appealForTierUpgrade(destination, grounds, Uploads.of(files)));
    }

    @Operation(operationId = "listAppeals",
            summary = "Your organisation's appeals and petitions, newest first",
            description = "Each with its status in code and words, the decision once taken and its evidence.")
    @ApiResponse(responseCode = "200", description = "The appeals, newest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = AppealResponse.class))))
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @GetMapping("/appeals")
    List<AppealResponse> mine() {
        return responses(appeals.myAppeals());
    }

    @Operation(operationId = "getAppeal",
            summary = "One of your organisation's appeals or petitions",
            description = "Another organisation's appeal answers 404, as an unknown one does.")
    @ApiResponse(responseCode = "200", description = "The appeal", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AppealResponse.class)))
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @ApiResponse(responseCode = "404", description = "No appeal of your organisation has this reference")
    @GetMapping("/appeals/{appealReference}")
    AppealResponse one(@Parameter(description = "The appeal's reference, as filing it answered", example =
            "APL-2026-000045") @PathVariable String appealReference) {
        return responses(appeals.myAppeals().stream().filter(a -> a.getReference().equals(appealReference)).toList())
                .stream().findFirst().orElseThrow(() -> new ActionProblems.NotFoundException("No appeal "
                        + appealReference + "."));
    }

    private ResponseEntity<AppealResponse> created(String appealReference) {
        return ResponseEntity.created(URI.create("/api/v1/appeals/" + appealReference)).body(one(appealReference));
    }

    /** The organisation's own appeals (the service's row rule), each with its case's reference and evidence. */
    private List<AppealResponse> responses(List<Appeal> mine) {
        Map<Long, String> references = cases.referencesOf(mine.stream().map(Appeal::getApplicationId)
                .filter(Objects::nonNull).toList());
        var evidence = documents.forAppeals(mine.stream().map(Appeal::getReference).toList());
        return mine.stream().map(a -> AppealResponse.of(a, a.getApplicationId() == null ? null
                : references.get(a.getApplicationId()), evidence.getOrDefault(a.getReference(), List.of()).stream()
                        .map(ApplicationResponse.Document::of).toList())).toList();
    }
}
