package com.tierline.sla.service;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.SlaState;
import com.tierline.application.service.CaseRecords;
import com.tierline.caseprocess.service.ProcessKeys;
import com.tierline.sla.domain.SlaEvent;
import com.tierline.sla.domain.SlaEventRepository;
import com.tierline.shared.AuditableAction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's review clock in working days (RULES.md §5: review 9, senior review 14), paused while the exporter is
 * asked for information. Only the process moves it, through {@link SlaSteps} (hence package-private); others read its
 * history. Each start returns the process variables the BPMN timers read; each change is kept as history and as an
 * audit event.
 */
@Service
public class SlaClock {

    /** Process variables of the SLA timers. */
    public static final String WARN_AT = ProcessKeys.SLA_WARN_AT;
    public static final String DUE_AT = ProcessKeys.SLA_DUE_AT;

    private final CaseRecords applications;
    private final SlaEventRepository history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final int reviewDays;
    private final int seniorDays;
    private final int warningDays;

    SlaClock(CaseRecords applications, SlaEventRepository history, ApplicationEventPublisher events,
            Clock clock, @Value("${tierline.sla.holidays:}") String holidays,
            @Value("${tierline.sla.review-working-days:9}") int reviewDays,
            @Value("${tierline.sla.senior-working-days:14}") int seniorDays,
            @Value("${tierline.sla.warning-working-days:2}") int warningDays) {
        this.applications = applications;
        this.history = history;
        this.events = events;
        this.clock = clock;
        this.calendar = new WorkingCalendar(Arrays.stream(holidays.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(LocalDate::parse).collect(Collectors.toSet()));
        this.reviewDays = reviewDays;
        this.seniorDays = seniorDays;
        this.warningDays = warningDays;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * The case enters a team review: the clock resumes if the exporter's reply is what brought it back (the deadline
     * moves by the working days spent waiting), otherwise a fresh review clock starts.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<String, Object> enterReview(long applicationId) {
        LicenceApplication application = applications.find(applicationId).orElseThrow();
        return application.clock().state() == SlaState.PAUSED ? resume(application) : start(application, reviewDays);
    }

    /** The case enters senior review (escalation): the senior clock starts afresh. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<String, Object> enterSeniorReview(long applicationId) {
        return start(applications.find(applicationId).orElseThrow(), seniorDays);
    }

    /** The case waits for the exporter's answer: the clock stands still until the reply. */
    @Transactional(propagation = Propagation.MANDATORY)
    void pause(long applicationId) {
        LicenceApplication application = applications.find(applicationId).orElseThrow();
        Instant now = clock.instant();
        application.slaPaused(now);
        record(application, SlaEvent.Kind.PAUSED, now, application.clock().dueAt());
    }

    @Transactional
    void warn(long applicationId) {
        LicenceApplication application = applications.find(applicationId).orElseThrow();
        if (application.clock().state() == SlaState.RUNNING) {
            application.slaMarked(SlaState.WARNING);
        }
        record(application, SlaEvent.Kind.WARNED, clock.instant(), application.clock().dueAt());
    }

    @Transactional
    void breach(long applicationId) {
        LicenceApplication application = applications.find(applicationId).orElseThrow();
        application.slaMarked(SlaState.OVERDUE);
        record(application, SlaEvent.Kind.BREACHED, clock.instant(), application.clock().dueAt());
    }

    /** The case was decided or withdrawn: a clock that ran is stopped, once, in its history too. */
    @Transactional(propagation = Propagation.MANDATORY)
    void stop(String reference) {
        applications.find(reference).ifPresent(application -> {
            List<SlaEvent> past = history(application.getId());
            if (!past.isEmpty() && past.get(past.size() - 1).getEvent() != SlaEvent.Kind.STOPPED) {
                application.slaMarked(SlaState.STOPPED);
                record(application, SlaEvent.Kind.STOPPED, clock.instant(), application.clock().dueAt());
            }
        });
    }

    @jakarta.annotation.security.RolesAllowed({"REVIEWER", "SENIOR_REVIEWER", "AUDITOR"})
    @Transactional(readOnly = true)
    public List<SlaEvent> historyOf(String reference) {
        return applications.find(reference).map(a -> history(a.getId())).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<SlaEvent> history(long applicationId) {
        return history.findByApplicationIdOrderByOccurredAtAscIdAsc(applicationId);
    }

    private Map<String, Object> resume(LicenceApplication application) {
        Instant now = clock.instant();
        Instant pausedAt = application.clock().pausedAt() == null ? now : application.clock().pausedAt();
        int waited = calendar.workingDaysBetween(pausedAt, now);
        Instant due = calendar.plusWorkingDays(application.clock().dueAt(), waited);
        Instant warn = calendar.plusWorkingDays(application.clock().warnAt(), waited);
        application.slaStarted(warn, due);
        record(application, SlaEvent.Kind.RESUMED, now, due);
        return variables(warn, due);
    }

    private Map<String, Object> start(LicenceApplication application, int days) {
        Instant now = clock.instant();
        Instant due = calendar.plusWorkingDays(now, days);
        Instant warn = calendar.plusWorkingDays(now, Math.max(0, days - warningDays));
        application.slaStarted(warn, due);
        record(application, SlaEvent.Kind.STARTED, now, due);
        return variables(warn, due);
    }

    private void record(LicenceApplication application, SlaEvent.Kind kind, Instant at, Instant due) {
        history.save(new SlaEvent(application.getId(), kind, at, due));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", kind.name());
        payload.put("dueAt", due == null ? "" : due.toString());
        events.publishEvent(new AuditableAction("system", "sla." + kind.name().toLowerCase(),
                application.getReference(), payload));
    }

    private static Map<String, Object> variables(Instant warn, Instant due) {
        return Map.of(WARN_AT, Date.from(warn), DUE_AT, Date.from(due));
    }
}
