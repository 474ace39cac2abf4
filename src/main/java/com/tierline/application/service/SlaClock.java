package com.tierline.application.service;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.application.domain.SlaEvent;
import com.tierline.application.domain.SlaEventRepository;
import com.tierline.application.domain.SlaState;
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
 * asked for information. Each change returns the process variables the BPMN timers read, and is kept as history.
 */
@Service
public class SlaClock {

    /** Process variables of the SLA timers. */
    public static final String WARN_AT = com.tierline.caseprocess.service.ProcessKeys.SLA_WARN_AT;
    public static final String DUE_AT = com.tierline.caseprocess.service.ProcessKeys.SLA_DUE_AT;

    private final LicenceApplicationRepository applications;
    private final SlaEventRepository history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final int reviewDays;
    private final int seniorDays;
    private final int warningDays;

    SlaClock(LicenceApplicationRepository applications, SlaEventRepository history, ApplicationEventPublisher events,
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

    /** Starts the team-review clock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> startReview(LicenceApplication application) {
        return start(application, reviewDays);
    }

    /** Starts the senior-review clock (escalation). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> startSeniorReview(LicenceApplication application) {
        return start(application, seniorDays);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void pause(LicenceApplication application) {
        Instant now = clock.instant();
        application.slaPaused(now);
        record(application, SlaEvent.Kind.PAUSED, now, application.clock().dueAt());
    }

    /** Resumes after the exporter's reply: the deadline moves by the working days spent waiting. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> resume(LicenceApplication application) {
        Instant now = clock.instant();
        Instant pausedAt = application.clock().pausedAt() == null ? now : application.clock().pausedAt();
        int waited = calendar.workingDaysBetween(pausedAt, now);
        Instant due = calendar.plusWorkingDays(application.clock().dueAt(), waited);
        Instant warn = calendar.plusWorkingDays(application.clock().warnAt(), waited);
        application.slaStarted(warn, due);
        record(application, SlaEvent.Kind.RESUMED, now, due);
        return variables(warn, due);
    }

    @Transactional
    public void warn(long applicationId) {
        LicenceApplication application = applications.findById(applicationId).orElseThrow();
        if (application.clock().state() == SlaState.RUNNING) {
            application.slaMarked(SlaState.WARNING);
        }
        record(application, SlaEvent.Kind.WARNED, clock.instant(), application.clock().dueAt());
    }

    @Transactional
    public void breach(long applicationId) {
        LicenceApplication application = applications.findById(applicationId).orElseThrow();
        application.slaMarked(SlaState.OVERDUE);
        record(application, SlaEvent.Kind.BREACHED, clock.instant(), application.clock().dueAt());
    }

    @jakarta.annotation.security.RolesAllowed({"REVIEWER", "SENIOR_REVIEWER", "AUDITOR"})
    @Transactional(readOnly = true)
    public List<SlaEvent> historyOf(String reference) {
        return applications.findByReference(reference).map(a -> history(a.getId())).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<SlaEvent> history(long applicationId) {
        return history.findByApplicationIdOrderByOccurredAtAscIdAsc(applicationId);
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
