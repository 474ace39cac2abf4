package com.tierline.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tierline.rfi.domain.RequestForInformation;
import com.tierline.application.service.CaseDetails;
import com.tierline.history.service.CaseHistoryEntry;
import com.tierline.application.service.CaseSummary;
import com.tierline.document.service.DocumentInfo;
import com.tierline.screening.domain.AllocationView;
import com.tierline.screening.domain.Finding;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the API tells a permitted reader about one application; {@code application} is what its exporter filed, in
 * the shape a filing is sent in (for the exporter's organisation only), {@code statusLabel} the status in words.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One application as a permitted reader sees it: status (a code such as UNDER_REVIEW, and "
        + "in words), the pre-screen, the decision in force, requests for information, documents, every decision, "
        + "oldest first, and the particulars as filed. Fields without a value are left out.")
public record ApplicationResponse(String reference, String status, String statusLabel, String organisation,
        String destination, Instant createdAt, Instant submittedAt, Instant expectedDecisionBy, Screening screening,
        Decision decision, List<InformationRequest> requestsForInformation, List<Document> documents,
        List<DecisionEntry> decisions, String withdrawnReason, ApplicationBody application) {

    @Schema(description = "The pre-screen the process ran on filing: outcome code, tier, totals in TPP, allocation "
            + "and findings, under the named rule-set version")
    public record Screening(String outcome, Integer tier, Integer effectiveTier, BigDecimal totalTpp,
            BigDecimal h100Equivalents, AllocationView allocation, String ruleSetVersion, Instant screenedAt,
            List<Finding> findings) {
    }

    @Schema(description = "The decision in force: APPROVE or DENY (and in words), its reason and, for an approval, "
            + "the licence")
    public record Decision(String decision, String decisionLabel, String reason, Instant decidedAt,
            String licenceNumber, LocalDate licenceValidUntil) {
    }

    /**
     * One row of the decision history, oldest first: {@code kind} the code, {@code kindLabel} the same in words;
     * {@code letterUrl} where the letter issued with that decision is downloaded (decisions only).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One row of the decision history, oldest first; letterUrl downloads the letter issued "
            + "with it (decisions only)")
    public record DecisionEntry(int sequence, String kind, String kindLabel, String actor, Instant at, String reason,
            String licenceNumber, LocalDate licenceValidUntil, String appeal, String letterUrl) {

        static DecisionEntry of(String reference, CaseHistoryEntry e) {
            return new DecisionEntry(e.sequence(), e.kind().name(), e.kind().label(), e.actor(), e.at(), e.reason(),
                    e.licenceNumber(), e.licenceValidUntil(), e.appealReference(), e.letter()
                            ? "/api/v1/applications/" + reference + "/decisions/" + e.sequence() + "/letter" : null);
        }
    }

    /** A question to the exporter; {@code answerUrl} is where the open one is answered (absent once answered). */
    @Schema(description = "A reviewer's request for information, with the reply deadline, the answer once given and, "
            + "while open, where to answer it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InformationRequest(long id, String question, Instant askedAt, Instant replyBy, boolean open,
            String answer, Instant answeredAt, String answerUrl) {

        static InformationRequest of(String reference, RequestForInformation r) {
            return new InformationRequest(r.getId(), r.getQuestion(), r.getAskedAt(), r.getReplyDeadline(),
                    r.isOpen(), r.getAnswer(), r.getAnsweredAt(), r.isOpen() ? "/api/v1/applications/" + reference
                            + "/information-requests/" + r.getId() + "/answer" : null);
        }
    }

    /**
     * A filed document: {@code purpose} the code, {@code purposeLabel} in words, {@code url} its download (through
     * its application; a tier petition's evidence has none).
     */
    @Schema(description = "A document attached to the application, with its SHA-256, what it is for and its download")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(long id, String fileName, String contentType, long sizeBytes, String sha256,
            String purpose, String purposeLabel, Instant uploadedAt, String url) {

        static Document of(DocumentInfo d) {
            return new Document(d.id(), d.fileName(), d.contentType(), d.sizeBytes(), d.sha256(), d.purpose().name(),
                    d.purpose().label(), d.uploadedAt(), d.caseReference() == null ? null
                            : "/api/v1/applications/" + d.caseReference() + "/documents/" + d.id());
        }
    }

    /** A line of the caller's application list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One line of the application list")
    public record Summary(String reference, String status, String destinationCountry, String outcome, Integer tier,
            BigDecimal totalTpp, Instant createdAt, Instant submittedAt, String decision) {

        static Summary of(CaseSummary c) {
            return new Summary(c.reference(), c.status().name(), c.destinationCountry(), c.outcome(), c.tier(),
                    amount(c.totalTpp()), c.createdAt(), c.submittedAt(),
                    c.decision() == null ? null : c.decision().name());
        }
    }

    static ApplicationResponse of(CaseDetails c, List<RequestForInformation> requests, List<DocumentInfo> documents,
            List<CaseHistoryEntry> history, ApplicationBody filed) {
        Screening screening = c.outcome() == null ? null : new Screening(c.outcome(), c.tier(), c.effectiveTier(),
                amount(c.totalTpp()), amount(c.h100Equivalents()),
                c.allocation(), c.ruleSetVersion(), c.screenedAt(), c.findings());
        Decision decision = c.decision() == null ? null : new Decision(c.decision().name(), c.decision().label(),
                c.decisionReason(), c.decidedAt(), c.licenceNumber(), c.licenceValidUntil());
        return new ApplicationResponse(c.reference(), c.status().name(), c.status().label(), c.organisation(),
                c.destinationCountry(), c.createdAt(), c.submittedAt(), c.slaDueAt(), screening, decision,
                requests.stream().map(r -> InformationRequest.of(c.reference(), r)).toList(),
                documents.stream().map(Document::of).toList(),
                history.stream().map(e -> DecisionEntry.of(c.reference(), e)).toList(), c.withdrawnReason(), filed);
    }

    /**
     * An amount as a client expects to read it: 31664000, not 3.1664E+7 or 31664000.00, whatever scale the
     * database or the arithmetic left on it.
     */
    static BigDecimal amount(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
