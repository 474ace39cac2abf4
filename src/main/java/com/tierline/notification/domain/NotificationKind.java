package com.tierline.notification.domain;

/**
 * What a notice tells of. Each kind has a mail template {@code mail/<template>.txt} whose subject is also the
 * in-app title, and a label for the person choosing which kinds also come by e-mail.
 */
import java.util.Set;

public enum NotificationKind {
    RFI_RAISED("rfi-raised", "A request for information is raised"),
    RFI_REPLY_DUE("rfi-reply-due", "A reply is due in two working days"),
    RFI_DEADLINE_PASSED("rfi-deadline-passed", "A reply deadline has passed"),
    DECISION_MADE("decision-made", "A decision is made"),
    APPEAL_RECEIVED("appeal-received", "An appeal is received"),
    APPEAL_DECIDED("appeal-decided", "An appeal is decided"),
    CASE_ASSIGNED("case-assigned", "A case is assigned or reassigned to you"),
    RFI_ANSWERED("rfi-answered", "The exporter answered your question"),
    SLA_WARNING("sla-warning", "A case you hold is near its deadline"),
    ORGANISATION_APPROVED("registration-approved", "Your organisation is approved"),
    ORGANISATION_REFUSED("registration-refused", "Your organisation's registration is refused");

    private final String template;
    private final String label;

    NotificationKind(String template, String label) {
        this.template = template;
        this.label = label;
    }

    public String template() {
        return template;
    }

    public String label() {
        return label;
    }

    /**
     * Whether a person with these role names (EXPORTER, REVIEWER, ...) can receive this kind, so that the e-mail
     * choices show only kinds that concern them: organisation decisions to exporters, case assignments, answers to
     * one's questions and deadlines to reviewers, case notices to either.
     */
    public boolean concerns(Set<String> roles) {
        boolean exporter = roles.contains("EXPORTER") || roles.contains("ORG_ADMIN");
        boolean reviewer = roles.contains("REVIEWER") || roles.contains("SENIOR_REVIEWER");
        return switch (this) {
            case ORGANISATION_APPROVED, ORGANISATION_REFUSED -> exporter;
            case CASE_ASSIGNED, RFI_ANSWERED, SLA_WARNING -> reviewer;
            default -> exporter || reviewer;
        };
    }
}
