package com.tierline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.SlaState;
import com.tierline.application.service.CaseRecords;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.review.service.ReviewService;
import com.tierline.sla.domain.SlaEvent;
import com.tierline.sla.domain.SlaEventRepository;
import com.tierline.sla.service.SlaClock;
import com.tierline.sla.service.WorkingCalendar;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The review clock follows the licence-application process: it starts, pauses, resumes and starts again for the
 * senior reviewer as the engine enters the steps, whoever or whatever moved the case there. Time passes on a
 * moved application clock, as in RuleSetTakesEffectIT, but one that every bean reads.
 */
@TierlineIT
class ClockFollowsTheProcessIT {

    @Autowired ApplicationContext context;
    @Autowired CaseRecords cases;
    @Autowired ReviewService review;
    @Autowired InformationRequests informationRequests;
    @Autowired SlaClock sla;
    @Autowired SlaEventRepository history;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired UserDetailsService users;
    @Autowired MovedClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void filingStartsTheNineWorkingDayReviewClockAsTheCaseEntersReview() {
        String reference = Cases.in(context).filed("exporter1", "AE");

        LicenceApplication filed = cases.find(reference).orElseThrow();
        SlaEvent started = clockHistory(filed).get(0);
        assertThat(clockHistory(filed)).extracting(SlaEvent::getEvent).containsExactly(SlaEvent.Kind.STARTED);
        assertThat(started.getDueAt()).isEqualTo(calendar().plusWorkingDays(started.getOccurredAt(), 9))
                .isEqualTo(filed.clock().dueAt());
        assertThat(timerDue(filed, "reviewSlaWarning")).isEqualTo(millis(filed.clock().warnAt()));
        assertThat(timerDue(filed, "reviewSlaBreach")).isEqualTo(millis(filed.clock().dueAt()));
    }

    /** Nothing in review code starts the senior clock: the engine entering senior review does. */
    @Test
    void theSeniorClockStartsWhenTheEngineEntersSeniorReviewHoweverTheCaseGotThere() {
        String reference = Cases.in(context).filed("exporter1", "AE");
        LicenceApplication filed = cases.find(reference).orElseThrow();
        clock.advance(Duration.ofDays(1));

        // An administrator's move in the engine, with no reviewer and no review service involved.
        runtime.createChangeActivityStateBuilder().processInstanceId(filed.getProcessInstanceId())
                .moveActivityIdTo("review", "seniorReview").changeState();

        LicenceApplication moved = cases.find(reference).orElseThrow();
        List<SlaEvent> events = clockHistory(moved);
        assertThat(events).extracting(SlaEvent::getEvent).containsExactly(SlaEvent.Kind.STARTED,
                SlaEvent.Kind.STARTED);
        assertThat(events.get(1).getDueAt()).isEqualTo(calendar().plusWorkingDays(events.get(1).getOccurredAt(), 14))
                .isEqualTo(moved.clock().dueAt());
        assertThat(timerDue(moved, "seniorSlaBreach")).isEqualTo(millis(moved.clock().dueAt()));
    }

    @Test
    void escalatingStartsTheFourteenWorkingDaySeniorClock() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        review.escalate(reference, "Needs a senior view on the consignee's ownership.");

        LicenceApplication escalated = cases.find(reference).orElseThrow();
        SlaEvent senior = clockHistory(escalated).get(1);
        assertThat(senior.getEvent()).isEqualTo(SlaEvent.Kind.STARTED);
        assertThat(senior.getDueAt()).isEqualTo(calendar().plusWorkingDays(senior.getOccurredAt(), 14))
                .isEqualTo(escalated.clock().dueAt());
        assertThat(timerDue(escalated, "seniorSlaBreach")).isEqualTo(millis(escalated.clock().dueAt()));
    }

    @Test
    void aReplyAWeekLaterMovesTheDeadlineByTheFiveWorkingDaysTheExporterTook() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        LicenceApplication filed = cases.find(reference).orElseThrow();
        Instant dueBefore = filed.clock().dueAt();
        Instant warnBefore = filed.clock().warnAt();

        informationRequests.ask(reference, "Please name the data centre's operator and its site.");
        LicenceApplication waiting = cases.find(reference).orElseThrow();
        assertThat(waiting.clock().pausedAt()).isNotNull();
        assertThat(waiting.clock().dueAt()).as("the deadline stands still while paused").isEqualTo(dueBefore);

        clock.advance(Duration.ofDays(7));
        SignIn.as(users, "exporter1");
        informationRequests.answer(reference, "Operated by Gulf Data Centres LLC at its Abu Dhabi campus.", List.of());

        LicenceApplication resumed = cases.find(reference).orElseThrow();
        Instant answered = clockHistory(resumed).get(2).getOccurredAt();
        assertThat(calendar().workingDaysBetween(waiting.clock().pausedAt(), answered)).isEqualTo(5);
        assertThat(resumed.clock().dueAt()).isEqualTo(calendar().plusWorkingDays(dueBefore, 5));
        assertThat(resumed.clock().warnAt()).isEqualTo(calendar().plusWorkingDays(warnBefore, 5));
        assertThat(clockHistory(resumed)).extracting(SlaEvent::getEvent).containsExactly(SlaEvent.Kind.STARTED,
                SlaEvent.Kind.PAUSED, SlaEvent.Kind.RESUMED);
        assertThat(clockHistory(resumed).get(2).getDueAt()).isEqualTo(resumed.clock().dueAt());
        assertThat(timerDue(resumed, "reviewSlaWarning")).isEqualTo(millis(resumed.clock().warnAt()));
        assertThat(timerDue(resumed, "reviewSlaBreach")).isEqualTo(millis(resumed.clock().dueAt()));
    }

    @Test
    void aDecisionStopsTheClockAndItsHistorySaysSo() {
        String reference = Cases.in(context).approved("exporter1", "AE", "reviewer1",
                "End user verified; within allocation.");
        LicenceApplication approved = cases.find(reference).orElseThrow();
        assertThat(clockHistory(approved)).extracting(SlaEvent::getEvent).containsExactly(SlaEvent.Kind.STARTED,
                SlaEvent.Kind.STOPPED);
        assertThat(approved.clock().state()).isEqualTo(SlaState.STOPPED);
    }

    private List<SlaEvent> clockHistory(LicenceApplication application) {
        return history.findByApplicationIdOrderByOccurredAtAscIdAsc(application.getId());
    }

    private WorkingCalendar calendar() {
        return sla.calendar();
    }

    private Instant timerDue(LicenceApplication application, String boundaryEventId) {
        return management.createTimerJobQuery().processInstanceId(application.getProcessInstanceId())
                .elementId(boundaryEventId).singleResult().getDuedate().toInstant();
    }

    /** The engine keeps a timer's date in milliseconds. */
    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    @TestConfiguration
    static class MovedClockConfiguration {

        @Bean
        @Primary
        MovedClock movedClock(@Qualifier("clock") Clock clock) {
            return new MovedClock(clock);
        }
    }

    /** The application's own clock, moved ahead by the test as time would pass; {@link #reset} returns to now. */
    static final class MovedClock extends Clock {

        private final Clock base;
        private volatile Duration ahead = Duration.ZERO;

        MovedClock(Clock base) {
            this.base = base;
        }

        void advance(Duration by) {
            ahead = ahead.plus(by);
        }

        void reset() {
            ahead = Duration.ZERO;
        }

        @Override
        public Instant instant() {
            return base.instant().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(base.withZone(zone), ahead);
        }
    }
}
