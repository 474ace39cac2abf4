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
@Tag(name = "Applications", description = "Pre-screen, file and follow export-licence applications")
@SecurityRequirement(name = "basic")
class ApplicationsApi {

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

    @Operation(summary = "Pre-screen an application without filing it",
            description = "The same screening the process runs after submission, under the rule set in force on "
                    + "the shipment date (or today), or under the published version named in ruleSetVersion. "
                    + "Countries as ISO alpha-2 or alpha-3 codes; at most " + ApplicationBody.MAX_ITEMS
                    + " items; quantities are whole numbers. Nothing is saved.")
    @PostMapping(path = "/screenings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ScreeningResult screen(@RequestBody ApplicationBody body) {
        return applications.preview(body.toDraft(codes()), body.ruleSetVersion());
    }

    @Operation(summary = "File (submit) an application",
            description = "Validates, saves and submits in one step; the pre-screen runs before the answer. Filing "
                    + "through the API stands for the declaration that the information is true and complete.")
    @PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApplicationResponse> file(@RequestBody ApplicationBody body) {
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

    @Operation(summary = "One of your organisation's applications, as filed",
            description = "Status (code and words), the pre-screen, the decision history with letter links, the "
                    + "requests for information (the open one with its answerUrl), the documents with download "
                    + "links, and under application the particulars exactly as filed: parties, items, data centre. "
                    + "Another organisation's reference answers 404, exactly as an unknown one does; "
                    + "reviewers and auditors see submitted cases only, so a draft answers them 404 too.")
    @GetMapping("/applications/{reference}")
    ApplicationResponse get(@PathVariable String reference) {
        return reader.read(reference);
    }

    @Operation(summary = "The letter issued with one decision of an application",
            description = "The PDF exactly as issued with that row of the application's decisions list (its "
                    + "letterUrl); a later reopening or decision never changes it. 404 for a row without a letter.")
    @GetMapping(path = "/applications/{reference}/decisions/{sequence}/letter",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> letter(@PathVariable String reference, @PathVariable int sequence) {
        byte[] pdf = letters.letter(reference, sequence).orElseThrow(() -> new CaseNotFoundException(reference, sequence));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"decision-" + reference + "-" + sequence
                        + ".pdf\"").body(pdf);
    }

    @Operation(summary = "Your organisation's applications, newest first")
    @GetMapping("/applications")
    PageResponse<ApplicationResponse.Summary> list(
            @Parameter(description = "Zero-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) Set<ApplicationStatus> status,
            @RequestParam(required = false) String destination,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
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
    record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
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
