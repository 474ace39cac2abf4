package com.tierline.api;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseNotFoundException;
import com.tierline.review.service.ReviewService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reviewers' case handling for integrations (and for proving claims across nodes): the same service as the UI. */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Review", description = "Reviewers: claim and release cases")
@SecurityRequirement(name = "basic")
class ReviewApi {

    private final ReviewService review;
    private final ApplicationService applications;

    ReviewApi(ReviewService review, ApplicationService applications) {
        this.review = review;
        this.applications = applications;
    }

    @Schema(description = "Who holds a case now")
    record Claim(@Schema(example = "TL-2026-000123") String reference,
            @Schema(description = "The reviewer holding the case; null when it is in the team queue",
                    example = "reviewer1") String assignee,
            @Schema(description = "Since when; null when nobody holds it") Instant claimedAt) {
    }

    @Operation(operationId = "claimCase", summary = "Claim a case in your team's queue",
            description = "Assigns the case to you, as Claim in the queue does; claiming a case you hold already "
                    + "changes nothing. 409 when another reviewer holds it, naming who and since when; 404 for an "
                    + "unknown reference or an exporter's unsubmitted draft.")
    @ApiResponse(responseCode = "200", description = "You hold the case")
    @ApiResponse(responseCode = "403", description = "Reviewers and senior reviewers only")
    @ApiResponse(responseCode = "404", description = "No submitted case has this reference")
    @ApiResponse(responseCode = "409", description = "Another reviewer holds it; or the case is no longer open for "
            + "review, is in another team's queue, is escalated (senior reviewers only) or you escalated it (four "
            + "eyes); detail says which")
    @PostMapping("/{reference}/claim")
    Claim claim(@Parameter(description = "The case's reference", example = "TL-2026-000123") @PathVariable
            String reference) {
        review.claim(reference);
        return current(reference);
    }

    @Operation(operationId = "releaseCase", summary = "Release a case you hold back to the team queue",
            description = "Unassigns the case so that anyone of the team may claim it. Only its holder may release it.")
    @ApiResponse(responseCode = "200", description = "The case is back in the team queue")
    @ApiResponse(responseCode = "403", description = "Reviewers and senior reviewers only")
    @ApiResponse(responseCode = "404", description = "No submitted case has this reference")
    @ApiResponse(responseCode = "409", description = "You do not hold the case; or it is no longer open for review, "
            + "is in another team's queue or is escalated; detail says which")
    @PostMapping("/{reference}/release")
    Claim release(@Parameter(description = "The case's reference", example = "TL-2026-000123") @PathVariable
            String reference) {
        review.release(reference);
        return current(reference);
    }

    private Claim current(String reference) {
        return applications.find(reference).map(c -> new Claim(c.reference(), c.assignee(), c.claimedAt()))
                .orElseThrow(() -> new CaseNotFoundException(reference));
    }
}
