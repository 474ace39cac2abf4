package com.tierline.history.domain;

/**
 * What a row of a case's decision history records, in words. {@code letter}: a decision letter is issued with it;
 * {@code byExporter}: the exporter's own act, so the exporter sees who did it (officials appear by their office);
 * {@code internal}: a step of the review the exporter is not shown.
 */
public enum DecisionKind {
    APPROVED("Approved", true, false, false),
    DENIED("Denied", true, false, false),
    SENIOR_APPROVED("Approved on senior review", true, false, false),
    SENIOR_DENIED("Denied on senior review", true, false, false),
    INFORMATION_REQUESTED("Information requested from the exporter", false, false, false),
    INFORMATION_PROVIDED("Information provided by the exporter", false, true, false),
    ESCALATED("Escalated to senior review", false, false, true),
    WITHDRAWN("Withdrawn", false, true, false),
    APPEAL_LODGED("Appeal lodged", false, true, false),
    APPEAL_UPHELD("Appeal upheld", false, false, false),
    APPEAL_DISMISSED("Appeal dismissed", false, false, false),
    REOPENED("Reopened for a fresh screening and review", false, false, false);

    private final String label;
    private final boolean letter;
    private final boolean byExporter;
    private final boolean internal;

    DecisionKind(String label, boolean letter, boolean byExporter, boolean internal) {
        this.label = label;
        this.letter = letter;
        this.byExporter = byExporter;
        this.internal = internal;
    }

    public String label() {
        return label;
    }

    public boolean hasLetter() {
        return letter;
    }

    public boolean byExporter() {
        return byExporter;
    }

    public boolean internal() {
        return internal;
    }

    /** The kind of a reviewer's decision; a decision taken on an escalated case is the senior reviewer's. */
    public static DecisionKind decided(boolean approved, boolean onSeniorReview) {
        if (approved) {
            return onSeniorReview ? SENIOR_APPROVED : APPROVED;
        }
        return onSeniorReview ? SENIOR_DENIED : DENIED;
    }
}
