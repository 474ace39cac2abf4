package com.tierline.support;

import com.tierline.review.service.DenialReason;
import com.tierline.appeal.service.AppealService;
import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.ExporterRequests;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.document.service.DocumentUpload;
import com.tierline.review.service.ReviewService;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Cases brought to a state through the real services, each step signed in as the demo user who takes it: filed by
 * an exporter, claimed, approved, denied, awaiting the exporter, escalated, withdrawn, appealed. Leaves the last
 * actor signed in; callers sign in as whom they need next.
 */
public final class Cases {

    private final ApplicationService applications;
    private final ReviewService review;
    private final ExporterRequests exporters;
    private final InformationRequests informationRequests;
    private final AppealService appeals;
    private final UserDetailsService users;

    private Cases(ApplicationContext context) {
        this.applications = context.getBean(ApplicationService.class);
        this.review = context.getBean(ReviewService.class);
        this.exporters = context.getBean(ExporterRequests.class);
        this.informationRequests = context.getBean(InformationRequests.class);
        this.appeals = context.getBean(AppealService.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    public static Cases in(ApplicationContext context) {
        return new Cases(context);
    }

    /** 2,000 H100s ({@link Drafts#h100s}) filed by {@code exporter}; returns the case reference. */
    public String filed(String exporter, String destination) {
        return filed(exporter, Drafts.h100s(destination));
    }

    /** {@code draft} saved and filed by {@code exporter}, as the form's "Submit" does after a save. */
    public String filed(String exporter, ApplicationDraft draft) {
        return filed(exporter, draft, List.of());
    }

    /** {@code draft} saved by {@code exporter}, {@code documents} uploaded to it, then filed, as the form does. */
    public String filed(String exporter, ApplicationDraft draft, List<DocumentUpload> documents) {
        SignIn.as(users, exporter);
        String reference = applications.saveDraft(null, draft);
        if (!documents.isEmpty()) {
            applications.attachDocuments(reference, documents);
        }
        applications.submit(reference);
        return reference;
    }

    public String claimed(String exporter, String destination, String reviewer) {
        String reference = filed(exporter, destination);
        SignIn.as(users, reviewer);
        review.claim(reference);
        return reference;
    }

    public String approved(String exporter, String destination, String reviewer, String reason) {
        String reference = claimed(exporter, destination, reviewer);
        review.approve(reference, reason);
        return reference;
    }

    public String denied(String exporter, String destination, String reviewer, String reason) {
        String reference = claimed(exporter, destination, reviewer);
        review.deny(reference, DenialReason.OTHER, reason);
        return reference;
    }

    /** Claimed by {@code reviewer}, who asked the exporter {@code question}; the case waits for the reply. */
    public String awaitingExporter(String exporter, String destination, String reviewer, String question) {
        String reference = claimed(exporter, destination, reviewer);
        informationRequests.ask(reference, question);
        return reference;
    }

    /** Claimed by {@code reviewer} and escalated to senior review, unclaimed there. */
    public String escalated(String exporter, String destination, String reviewer, String reason) {
        String reference = claimed(exporter, destination, reviewer);
        review.escalate(reference, reason);
        return reference;
    }

    /** Filed and withdrawn again by the same exporter before anyone decided it. */
    public String withdrawn(String exporter, String destination) {
        String reference = filed(exporter, destination);
        exporters.withdraw(reference);
        return reference;
    }

    /** A denied case under appeal, without evidence; returns the appeal's reference (APL-…). */
    public String appealed(String exporter, String caseReference, String grounds) {
        SignIn.as(users, exporter);
        return appeals.appealDenial(caseReference, grounds, List.of());
    }

    /** The case as an auditor reads it (every case, every field); whoever was signed in stays signed in. */
    public CaseDetails seenByAuditor(String reference) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(users, "auditor1");
        try {
            return applications.find(reference).orElseThrow();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
        }
    }
}
