package com.tierline.api;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.screening.service.RuleSetCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Filing in two steps, as the browser's form does: save a draft, attach its supporting documents, then submit.
 * (Documents go with an application only before submission; POST /applications files in one step without any.)
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Drafts", description = "Save a draft, attach documents to it, submit it")
@SecurityRequirement(name = "basic")
class DraftsApi {

    private final ApplicationService applications;
    private final RuleSetCatalog ruleSets;
    private final ApplicationReader reader;

    DraftsApi(ApplicationService applications, RuleSetCatalog ruleSets, ApplicationReader reader) {
        this.applications = applications;
        this.ruleSets = ruleSets;
        this.reader = reader;
    }

    @Operation(operationId = "saveDraft",
            summary = "Save a draft application",
            description = "The same body as filing; what is there is checked (a draft may be incomplete), nothing "
                    + "is screened or submitted. Attach documents at .../documents, then submit at .../submission. "
                    + "As with filing, the caller's credentials stand for the declaration; nothing is filed until "
                    + "the draft is submitted.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ApplicationBody.class))))
    @ApiResponse(responseCode = "201", description = "Saved as a draft; the body is the draft with its reference",
            headers = @Header(name = "Location", description = "Where to read the draft",
                    schema = @Schema(type = "string", example = "/api/v1/applications/TL-2026-000123")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ApplicationResponse.class)))
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @ApiResponse(responseCode = "422", description = "A field that is there is invalid, or ruleSetVersion is given: "
            + "each problem in errors at its JSON path. Nothing was saved")
    @PostMapping(path = "/drafts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApplicationResponse> save(@org.springframework.web.bind.annotation.RequestBody ApplicationBody body) {
        if (body.ruleSetVersion() != null) {
            // As when filing: the rule set is the one in force when the draft is submitted, never one picked here.
            throw new InvalidApplicationException(Map.of("ruleSetVersion", "A draft is screened under the rule set "
                    + "in force when it is submitted; ruleSetVersion is for screenings only"));
        }
        String reference = applications.saveDraft(null, body.toDraft(ApplicationsApi.codes(ruleSets)));
        return ResponseEntity.created(URI.create("/api/v1/applications/" + reference)).body(reader.read(reference));
    }

    @Operation(operationId = "submitDraft",
            summary = "Submit a saved draft, with its documents",
            description = "Checks the whole application, files it and pre-screens it, as the form's Submit does. "
                    + "Submitting through the API stands for the declaration that the information is true and "
                    + "complete. 422 lists what is missing or wrong (the draft stays as it was), or says it was "
                    + "already submitted.")
    @ApiResponse(responseCode = "200", description = "Filed and submitted; the application with its pre-screen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ApplicationResponse.class)))
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @ApiResponse(responseCode = "404", description = "No application of your organisation has this reference")
    @ApiResponse(responseCode = "422", description = "The draft is incomplete or invalid (each problem in errors at "
            + "its JSON path), or it was already submitted. Nothing was changed")
    @PostMapping("/applications/{reference}/submission")
    ApplicationResponse submit(@Parameter(description = "The draft's reference, as saving it answered", example =
            "TL-2026-000123") @PathVariable String reference) {
        // As the form's Submit: the draft as saved, filed through the one submit both channels use (which, for
        // one, names the signed-in exporter as the contact when the draft names nobody).
        applications.submit(reference, applications.loadDraft(reference));
        return reader.read(reference);
    }
}
