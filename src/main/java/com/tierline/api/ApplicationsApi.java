package com.tierline.api;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseNotFoundException;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.DecisionLetters;
import com.tierline.application.service.MyCasesFilter;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.screening.domain.ChipSpec;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.service.RuleSetCatalog;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Screening and filing for exporters' own systems; the same services, rules and row checks as the browser. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "basic")
class ApplicationsApi {

    static final String APPLICATIONS = "Applications";
    static final String REFERENCE = "The application's reference, as filing answered it";

    static final int MAX_PAGE_SIZE = 100;

    private final ApplicationService applications;
    private final RuleSetCatalog ruleSets;
    private final DecisionLetters letters;
    private final ApplicationReader reader;

    ApplicationsApi(ApplicationService applications, RuleSetCatalog ruleSets, DecisionLetters letters,
            ApplicationReader reader) {
        this.letters = letters;
        this.applications = applications;
        this.ruleSets = ruleSets;
        this.reader = reader;
    }

    @Operation(operationId = "screenApplication", summary = "Pre-screen an application without filing it",
            description = "The same screening the process runs after submission, under the rule set in force on "
                    + "the shipment date (or today), or under the published version named in ruleSetVersion. "
                    + "Countries as ISO alpha-2 or alpha-3 codes; at most " + ApplicationBody.MAX_ITEMS
                    + " items; quantities are whole numbers. Nothing is saved.")
    @Tag(name = "Screening", description = "Pre-screen an application against the three-tier rule before filing; "
            + "nothing is saved")
    @ApiResponse(responseCode = "200", description = "The outcome, tier, findings and allocation the rule set gives")
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @ApiResponse(responseCode = "422", description = "The request cannot be screened: each problem in errors at its "
            + "JSON path (an unknown country, chip, party id or rule-set version, a quantity out of range ...)")
    @PostMapping(path = "/screenings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ScreeningResult screen(@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The application "
            + "to screen, as it would be filed; ruleSetVersion optional") @RequestBody ApplicationBody body) {
        return applications.preview(body.toDraft(codes()), body.ruleSetVersion());
    }

    @Operation(operationId = "fileApplication", summary = "File (submit) an application",
            description = "Validates, saves and submits in one step; the pre-screen runs before the answer. Filing "
                    + "through the API stands for the declaration that the information is true and complete. "
                    + "Nothing is saved unless the whole application is valid.")
    @Tag(name = APPLICATIONS, description = "File export-licence applications and follow them: status, "
            + "screening, requests for information, documents, decisions and their letters")
    @ApiResponse(responseCode = "201", description = "Filed and submitted; the body is the application with its "
            + "pre-screen", headers = @Header(name = "Location", description = "Where to read the application",
                    schema = @Schema(type = "string", example = "/api/v1/applications/TL-2026-000123")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ApplicationResponse.class)))
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @ApiResponse(responseCode = "422", description = "The application is invalid or incomplete: each problem in "
            + "errors at its JSON path; ruleSetVersion is refused here. Nothing was saved")
    @PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApplicationResponse> file(@io.swagger.v3.oas.annotations.parameters.RequestBody(description =
            "The application to file; without ruleSetVersion") @RequestBody ApplicationBody body) {
        if (body.ruleSetVersion() != null) {
            // A filing is screened under the rule set in force on its shipment date, never one the filer picks.
            throw new InvalidApplicationException(Map.of("ruleSetVersion", "A filing is screened under the rule set "
                    + "in force; ruleSetVersion is for screenings only"));
        }
        CaseDetails filed = applications.file(body.toDraft(codes()));
        // Read back after commit, so the answer is exactly what reading the case gives, as filed.
        return ResponseEntity.created(URI.create("/api/v1/applications/" + filed.reference()))
                .body(reader.read(filed.reference()));
    }

    @Operation(operationId = "getApplication", summary = "One of your organisation's applications, as filed",
            description = "Status (code and words), the pre-screen, the decision history with letter links, the "
                    + "requests for information (the open one with its answerUrl), the documents with download "
                    + "links, and under application the particulars exactly as filed: parties, items, data centre. "
                    + "Another organisation's reference answers 404, exactly as an unknown one does; "
                    + "reviewers and auditors see submitted cases only, so a draft answers them 404 too.")
    @Tag(name = APPLICATIONS)
    @ApiResponse(responseCode = "200", description = "The application with its screening, requests for information, "
            + "documents and decisions")
    @ApiResponse(responseCode = "403", description = "Your role reads no applications (administrators)")
    @ApiResponse(responseCode = "404", description = "No application you may read has this reference")
    @GetMapping("/applications/{reference}")
    ApplicationResponse get(@Parameter(description = REFERENCE, example = "TL-2026-000123") @PathVariable
            String reference) {
        return reader.read(reference);
    }

    @Operation(operationId = "getDecisionLetter", summary = "The letter issued with one decision of an application",
            description = "The PDF exactly as issued with that row of the application's decisions list (its "
                    + "letterUrl); a later reopening or decision never changes it. 404 for a row without a letter.")
    @Tag(name = APPLICATIONS)
    @ApiResponse(responseCode = "200", description = "The letter as a PDF, offered as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"decision-"
                    + "{reference}-{sequence}.pdf\"", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "Your role reads no letters (administrators)")
    @ApiResponse(responseCode = "404", description = "No application you may read has this reference, or that row "
            + "of its decisions carries no letter")
    @GetMapping(path = "/applications/{reference}/decisions/{sequence}/letter",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> letter(@Parameter(description = REFERENCE, example = "TL-2026-000123") @PathVariable
            String reference, @Parameter(description = "The decision's sequence, as in the decisions list and its "
                    + "letterUrl", example = "3") @PathVariable int sequence) {
        byte[] pdf = letters.letter(reference, sequence).orElseThrow(() -> new CaseNotFoundException(reference, sequence));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"decision-" + reference + "-" + sequence
                        + ".pdf\"").body(pdf);
    }

    @Operation(operationId = "listApplications", summary = "Your organisation's applications, newest first",
            description = "One page of the applications of the caller's organisation, drafts included, narrowed by "
                    + "the filters given (all of them must match). Exporters only.")
    @Tag(name = APPLICATIONS)
    @ApiResponse(responseCode = "200", description = "One page of application summaries")
    @ApiResponse(responseCode = "400", description = "page below 0 or size outside 1 to 100, or a parameter not of "
            + "its type (an unknown status, a date not as 2026-03-01)")
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @GetMapping("/applications")
    PageResponse<ApplicationResponse.Summary> list(
            @Parameter(description = "Zero-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "Only applications in one of these statuses (repeat the parameter for more)")
            @RequestParam(required = false) Set<ApplicationStatus> status,
            @Parameter(description = "Only this destination country (ISO 3166-1 alpha-2)", example = "AE")
            @RequestParam(required = false) String destination,
            @Parameter(description = "Only applications created on or after this day (ISO 8601 date)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
            @Parameter(description = "Only applications created on or before this day (ISO 8601 date)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidPagingException(page, size);
        }
        Page<ApplicationResponse.Summary> result = applications.myApplications(
                new MyCasesFilter(null, status, destination, createdFrom, createdTo),
                PageRequest.of(page, size, Sort.unsorted())).map(ApplicationResponse.Summary::of);
        return PageResponse.of(result);
    }

    /** Codes the rule set in force knows by another spelling; anything else is passed on to be refused there. */
    private ApplicationBody.Codes codes() {
        return codes(ruleSets);
    }

    static ApplicationBody.Codes codes(RuleSetCatalog ruleSets) {
        RuleSet current = ruleSets.current();
        return new ApplicationBody.Codes() {
            @Override
            public String country(String code) {
                return current.country(code).map(CountryTier::iso2).orElse(code);
            }

            @Override
            public String model(String name) {
                return current.chip(name.trim()).map(ChipSpec::model).orElse(name);
            }
        };
    }

    /** A page of results with what a client needs to fetch the next one. */
    @Schema(description = "One page of results")
    record PageResponse<T>(List<T> content, @Schema(description = "Zero-based number of this page") int page,
            @Schema(description = "The page size asked for") int size,
            @Schema(description = "Results on all pages") long totalElements,
            @Schema(description = "Number of pages") int totalPages) {
        static <T> PageResponse<T> of(Page<T> page) {
            return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }
    }

    static class InvalidPagingException extends RuntimeException {
        InvalidPagingException(int page, int size) {
            super("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + " (got page " + page
                    + ", size " + size + ").");
        }
    }
}
