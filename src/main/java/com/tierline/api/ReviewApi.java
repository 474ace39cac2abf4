package com.tierline.api;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseNotFoundException;
import com.tierline.review.service.ReviewService;
import io.swagger.v3.oas.annotations.Operation;
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

    record Claim(String reference, String assignee, Instant claimedAt) {
    }

    @Operation(summary = "Claim a case in your team's queue",
            description = "409 when another reviewer holds it, naming who and since when; 404 for an unknown "
                    + "reference or an exporter's unsubmitted draft.")
    @PostMapping("/{reference}/claim")
    Claim claim(@PathVariable String reference) {
        review.claim(reference);
        return current(reference);
    }

    @Operation(summary = "Release a case you hold back to the team queue")
    @PostMapping("/{reference}/release")
    Claim release(@PathVariable String reference) {
        review.release(reference);
        return current(reference);
    }

    private Claim current(String reference) {
        return applications.find(reference).map(c -> new Claim(c.reference(), c.assignee(), c.claimedAt()))
                .orElseThrow(() -> new CaseNotFoundException(reference));
    }
}
