package com.tierline.caseupdates;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.appeal.service.AppealService;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.service.CaseRecords;
import com.tierline.notification.domain.Notification;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.notification.service.Notifications;
import com.tierline.review.service.DenialReason;
import com.tierline.review.service.ReviewService;
import com.tierline.rfi.domain.RequestForInformation;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.sla.service.SlaClock;
import com.tierline.support.Cases;
import com.tierline.support.Mailbox;
import com.tierline.support.PdfText;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import com.tierline.support.Timers;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.flowable.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Each case notice as its reader gets it: the mail the embedded SMTP server received (recipients, subject, text in
 * words, the letter attached to a decision) and the same notice in the app. Nothing is mocked or spied on, so the
 * class shares the one cached context of every {@link TierlineIT}.
 */
@TierlineIT
class CaseNoticesIT {

    static final String QUESTION = "Please name the data centre's operator and its site.";
    static final String ANSWER = "Operated by Gulf Data Centres LLC at its Abu Dhabi campus.";
    /** How the notices write a moment: "4 December 2026, 17:00 UTC". */
    static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired Notifications notifications;
    @Autowired CaseRecords cases;
    @Autowired ReviewService review;
    @Autowired InformationRequests rfi;
    @Autowired AppealService appeals;
    @Autowired SlaClock sla;
    @Autowired ManagementService management;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aQuestionIsToldToEveryExporterOfTheOrganisationWithItsDeadlineInWords() {
        String reference = Cases.in(context).awaitingExporter("exporter1", "AE", "reviewer1", QUESTION);
        Instant deadline = deadlineOf(reference);
        String subject = "Tierline needs more information on " + reference;

        for (String exporter : List.of("exporter1", "exporter2")) {
            String text = Mailbox.text(mail().the(exporter + "@northwind.example", subject));
            assertThat(text).contains(QUESTION, "Please reply by " + WORDS.format(deadline) + ".",
                    "/applications/" + reference).doesNotContain(deadline.toString(), "reviewer1", "Ana Reviewer");
            assertThat(notice(exporter, reference, NotificationKind.RFI_RAISED).getSubject()).isEqualTo(subject);
        }
        assertThat(Mailbox.text(mail().the("exporter2@northwind.example", subject))).startsWith("Dear Eli Exporter,");
        assertThat(noticesOf("exporter3", reference)).as("another organisation's exporter").isEmpty();
    }

    @Test
    void theReminderGoesOnceTwoWorkingDaysBeforeTheDeadlineWhileTheCaseWaits() {
        String reference = Cases.in(context).awaitingExporter("exporter1", "AE", "reviewer1", QUESTION);
        Instant deadline = deadlineOf(reference);
        LicenceApplication waiting = cases.find(reference).orElseThrow();
        assertThat(timerDue(waiting, "replyDueSoon")).isEqualTo(sla.calendar().minusWorkingDays(deadline, 2)
                .truncatedTo(ChronoUnit.MILLIS));
        SignIn.out();

        Timers.in(context).fire(waiting.getProcessInstanceId(), "replyDueSoon");

        String subject = "Reminder: your reply on " + reference + " is due by " + WORDS.format(deadline);
        assertThat(Mailbox.text(mail().the("exporter2@northwind.example", subject))).contains(QUESTION,
                "in two working days", "/applications/" + reference);
        assertThat(notice("exporter1", reference, NotificationKind.RFI_REPLY_DUE).getSubject()).isEqualTo(subject);
        assertThat(timers(waiting, "replyDueSoon")).as("the reminder's timer is spent").isZero();
        assertThat(timers(waiting, "replyDeadlinePassed")).as("the deadline still stands").isOne();
        assertThat(cases.find(reference).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.AWAITING_EXPORTER);
    }

    @Test
    void anAnswerBeforeTheReminderLeavesNothingToRemindOf() {
        String reference = Cases.in(context).awaitingExporter("exporter1", "AE", "reviewer1", QUESTION);
        SignIn.as(users, "exporter2");
        rfi.answer(reference, ANSWER, List.of());

        assertThat(timers(cases.find(reference).orElseThrow(), "replyDueSoon")).isZero();
    }

    @Test
    void aMissedDeadlineIsToldToTheExportersAndToTheReviewerWhoAsked() {
        String reference = Cases.in(context).awaitingExporter("exporter1", "AE", "reviewer1", QUESTION);
        Instant deadline = deadlineOf(reference);
        SignIn.out();

        Timers.in(context).fire(cases.find(reference).orElseThrow().getProcessInstanceId(), "replyDeadlinePassed");

        String subject = reference + " is withdrawn: no reply by " + WORDS.format(deadline);
        assertThat(Mailbox.text(mail().the("exporter1@northwind.example", subject)))
                .contains("file a new application", "/applications/" + reference);
        assertThat(Mailbox.text(mail().the("reviewer1@tierline.gov.example", subject)))
                .contains("left the review queues", "/review/" + reference);
        assertThat(notice("exporter2", reference, NotificationKind.RFI_DEADLINE_PASSED).getSubject())
                .isEqualTo(subject);
        assertThat(notice("reviewer1", reference, NotificationKind.RFI_DEADLINE_PASSED).getSubject())
                .isEqualTo(subject);
        assertThat(noticesOf("reviewer2", reference)).as("only the reviewer who asked").isEmpty();
    }

    @Test
    void anApprovalIsToldWithItsLicenceAndTheLetterButNotWhoDecidedIt() {
        String reference = Cases.in(context).approved("exporter1", "AE", "reviewer1",
                "End user verified; within allocation.");
        LicenceApplication approved = cases.find(reference).orElseThrow();
        String subject = reference + " is approved";

        MimeMessage mail = mail().the("exporter2@northwind.example", subject);
        String text = Mailbox.text(mail);
        assertThat(text).contains("The reason given: End user verified; within allocation.",
                "Licence " + approved.getLicenceNumber() + " is issued, valid until "
                        + DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).format(approved.getLicenceValidUntil()),
                "The decision letter is attached to the mail").doesNotContain("reviewer1", "Ana Reviewer");
        assertThat(notice("exporter1", reference, NotificationKind.DECISION_MADE).getSubject()).isEqualTo(subject);
        assertThat(letterAttachedTo(mail, reference)).contains("Decision on application " + reference,
                "The application is approved.", "Licence number " + approved.getLicenceNumber());
    }

    @Test
    void aDenialOnSeniorReviewIsToldWithTheRightToAppeal() {
        String reference = Cases.in(context).escalated("exporter1", "AE", "reviewer1",
                "Needs a senior view on the consignee's ownership.");
        SignIn.as(users, "senior1");
        review.claim(reference);
        review.deny(reference, DenialReason.OTHER, "The consignee's ownership could not be established.");

        MimeMessage mail = mail().the("exporter1@northwind.example", reference + " is denied");
        assertThat(Mailbox.text(mail)).contains("The consignee's ownership could not be established.",
                "You may appeal the denial within 45 days", "The decision letter is attached to the mail")
                .doesNotContain("senior1", "Sam Senior", "escalat", "[mail]", "[app]");
        assertThat(notice("exporter1", reference, NotificationKind.DECISION_MADE).getBody())
                .as("in the app the letter is where it is kept, not in a mail")
                .contains("You may appeal the denial within 45 days", "The decision letter is on the case page:",
                        "/applications/")
                .doesNotContain("attached", "[mail]", "[app]");
        assertThat(letterAttachedTo(mail, reference)).contains("Decision on application " + reference,
                "The application is denied.", "The consignee's ownership could not be established.")
                .doesNotContain("Licence number");
    }

    @Test
    void anAppealIsAcknowledgedPutBeforeTheSeniorReviewersAndItsOutcomeTold() {
        String reference = Cases.in(context).denied("exporter1", "AE", "reviewer1",
                "The end user could not be verified.");
        String appeal = Cases.in(context).appealed("exporter1", reference,
                "The end user is a civil weather institute; see the enclosed certificates.");

        String received = "Appeal " + appeal + " against the denial of " + reference + " is received";
        assertThat(Mailbox.text(mail().the("exporter2@northwind.example", received)))
                .contains("civil weather institute", "you will be told the outcome");
        assertThat(Mailbox.text(mail().the("senior2@tierline.gov.example", received)))
                .contains("civil weather institute", "appeals queue", "/review/appeals");
        assertThat(notice("senior1", reference, NotificationKind.APPEAL_RECEIVED).getSubject()).isEqualTo(received);
        assertThat(notice("exporter1", reference, NotificationKind.APPEAL_RECEIVED).getSubject()).isEqualTo(received);
        assertThat(noticesOf("reviewer2", reference)).as("appeals are heard by senior reviewers").isEmpty();

        SignIn.as(users, "senior1");
        appeals.decide(appeal, AppealService.Outcome.DISMISS, "The denial was right; nothing new in the grounds.");

        String decided = "Appeal " + appeal + " on " + reference + " is dismissed";
        assertThat(Mailbox.text(mail().the("exporter1@northwind.example", decided)))
                .contains("The reason given: The denial was right; nothing new in the grounds.",
                        "The denial of " + reference + " stands.");
        assertThat(notice("exporter2", reference, NotificationKind.APPEAL_DECIDED).getSubject()).isEqualTo(decided);
    }

    @Test
    void aSeniorsReassignmentIsToldToTheNewHolderButOnesOwnClaimIsNot() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        assertThat(noticesOf("reviewer1", reference)).as("one's own claim is no news").isEmpty();
        SignIn.as(users, "senior1");

        review.reassign(reference, "reviewer2");

        String subject = reference + " is assigned to you";
        assertThat(Mailbox.text(mail().the("reviewer2@tierline.gov.example", subject)))
                .contains("Sam Senior (senior1) assigned it to you.", "It stands at: Under review.",
                        "/review/" + reference);
        assertThat(notice("reviewer2", reference, NotificationKind.CASE_ASSIGNED).getSubject()).isEqualTo(subject);
    }

    @Test
    void theExportersAnswerIsToldToTheReviewerWhoAskedAsAnAnswerNotAsAnAssignment() {
        String reference = Cases.in(context).awaitingExporter("exporter1", "AE", "reviewer1", QUESTION);
        SignIn.as(users, "exporter1");

        rfi.answer(reference, ANSWER, List.of());

        String subject = "The exporter answered your question on " + reference;
        assertThat(Mailbox.text(mail().the("reviewer1@tierline.gov.example", subject)))
                .contains("The exporter answered the request for information you raised on export licence "
                        + "application " + reference + ". The case is back in your queue.", "/review/" + reference)
                .doesNotContain("assigned to you");
        Notification inApp = notice("reviewer1", reference, NotificationKind.RFI_ANSWERED);
        assertThat(inApp.getSubject()).isEqualTo(subject);
        assertThat(inApp.getBody()).contains("The case is back in your queue.").doesNotContain("assigned");
        assertThat(noticesOf("reviewer1", reference)).as("no assignment is claimed")
                .noneMatch(n -> n.getKind() == NotificationKind.CASE_ASSIGNED);
    }

    @Test
    void theReviewDeadlineNearIsToldToTheReviewerHoldingTheCase() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        LicenceApplication claimed = cases.find(reference).orElseThrow();
        SignIn.out();

        Timers.in(context).fire(claimed.getProcessInstanceId(), "reviewSlaWarning");

        String subject = reference + " is near its review deadline, " + WORDS.format(claimed.clock().dueAt());
        assertThat(Mailbox.text(mail().the("reviewer1@tierline.gov.example", subject))).contains("You hold it");
        assertThat(notice("reviewer1", reference, NotificationKind.SLA_WARNING).getSubject()).isEqualTo(subject);
        assertThat(noticesOf("reviewer2", reference)).isEmpty();
    }

    @Test
    void theReviewDeadlineNearOfAnUnclaimedCaseIsToldToItsTeam() {
        String reference = Cases.in(context).filed("exporter1", "AE");
        LicenceApplication filed = cases.find(reference).orElseThrow();
        SignIn.out();

        Timers.in(context).fire(filed.getProcessInstanceId(), "reviewSlaWarning");

        String subject = reference + " is near its review deadline, " + WORDS.format(filed.clock().dueAt());
        assertThat(Mailbox.text(mail().the("reviewer2@tierline.gov.example", subject))).contains("Nobody holds it");
        assertThat(notice("reviewer1", reference, NotificationKind.SLA_WARNING)).isNotNull();
        assertThat(notice("senior3", reference, NotificationKind.SLA_WARNING)).isNotNull();
        assertThat(noticesOf("gulfreviewer1", reference)).as("another team").isEmpty();
    }

    private Mailbox mail() {
        return Mailbox.in(context);
    }

    private Instant deadlineOf(String reference) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(users, "reviewer1");
        try {
            List<RequestForInformation> asked = rfi.requestsFor(reference);
            return asked.get(asked.size() - 1).getReplyDeadline();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
        }
    }

    /** The one notice of {@code kind} about the case in {@code username}'s notifications, as they read them. */
    private Notification notice(String username, String reference, NotificationKind kind) {
        List<Notification> found = noticesOf(username, reference).stream().filter(n -> n.getKind() == kind).toList();
        assertThat(found).as("%s's %s notices on %s", username, kind, reference).hasSize(1);
        return found.get(0);
    }

    private List<Notification> noticesOf(String username, String reference) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(users, username);
        try {
            return notifications.mine(200).stream().filter(n -> reference.equals(n.getCaseReference())).toList();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
        }
    }

    /**
     * The decision letter as the mail GreenMail received carries it: the one file attached, named after the case,
     * a PDF; returns what the letter says.
     */
    private static String letterAttachedTo(MimeMessage mail, String reference) {
        List<Mailbox.Attached> files = Mailbox.attachments(mail);
        assertThat(files).as("files attached to '%s'", Mailbox.subject(mail)).hasSize(1);
        Mailbox.Attached letter = files.get(0);
        assertThat(letter.fileName()).isEqualTo("decision-" + reference + ".pdf");
        assertThat(letter.contentType()).isEqualTo("application/pdf");
        return PdfText.of(letter.content());
    }

    private Instant timerDue(LicenceApplication application, String boundaryEventId) {
        return management.createTimerJobQuery().processInstanceId(application.getProcessInstanceId())
                .elementId(boundaryEventId).singleResult().getDuedate().toInstant();
    }

    private long timers(LicenceApplication application, String boundaryEventId) {
        return management.createTimerJobQuery().processInstanceId(application.getProcessInstanceId())
                .elementId(boundaryEventId).count();
    }
}
