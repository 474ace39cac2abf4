package com.tierline.caseprocess.service;

import java.util.Set;

/**
 * The names the two BPMN files and the code share: process keys, step (activity and task definition) ids, the
 * message and the variables. Kept in one place so a renamed step breaks the build here, not a query at run time.
 */
public final class ProcessKeys {

    private ProcessKeys() {
    }

    public static final String LICENCE_APPLICATION = "licence-application";
    public static final String APPEAL = "appeal";

    /** Steps of licence-application.bpmn20.xml. */
    public static final String SUBMITTED = "submitted";
    public static final String PRE_SCREEN = "preScreen";
    public static final String AUTHORISED = "authorised";
    public static final String REVIEW = "review";
    public static final String PRESUMED_DENIAL_REVIEW = "presumedDenialReview";
    public static final String AWAIT_EXPORTER = "awaitExporter";
    public static final String RESCREEN = "rescreen";
    public static final String SENIOR_REVIEW = "seniorReview";
    public static final String APPROVED = "approved";
    public static final String DENIED = "denied";
    public static final String WITHDRAWN = "withdrawn";
    public static final String WITHDRAWN_NO_REPLY = "withdrawnNoReplyEnd";
    /** The reminder timer on the wait for the exporter, two working days before the reply deadline. */
    public static final String REPLY_DUE_SOON = "replyDueSoon";

    /** The user tasks a reviewer works on. */
    public static final Set<String> REVIEW_STEPS = Set.of(REVIEW, PRESUMED_DENIAL_REVIEW, SENIOR_REVIEW);

    /** Steps of appeal.bpmn20.xml. */
    public static final String APPEAL_FILED = "filed";
    public static final String APPEAL_REVIEW = "appealReview";
    public static final String APPEAL_PANEL = "panelReview";
    public static final String UPHOLD_APPEAL = "upholdAppeal";
    public static final String DISMISS_APPEAL = "dismissAppeal";

    /** The message that starts the withdrawal event sub-process. */
    public static final String WITHDRAW_MESSAGE = "withdraw";

    /** Process variables (persistent unless said otherwise). */
    public static final String APPLICATION_ID = "applicationId";
    public static final String TEAM_CODE = "teamCode";
    public static final String EXPORTER_GROUP = "exporterGroup";
    public static final String DECISION = "decision";
    public static final String WITHDRAWN_BY = "withdrawnBy";
    /** The exporter's reason for withdrawing, when they gave one (the API asks for it). */
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String APPEAL_ID = "appealId";
    public static final String OUTCOME = "outcome";
    /** Transient: read by the gateway and timers of the step that sets them. */
    public static final String ROUTE = "route";
    public static final String REPLY_DEADLINE = "replyDeadline";
    public static final String REPLY_CHASE_AT = "replyChaseAt";
    public static final String SLA_WARN_AT = "slaWarnAt";
    public static final String SLA_DUE_AT = "slaDueAt";
}
