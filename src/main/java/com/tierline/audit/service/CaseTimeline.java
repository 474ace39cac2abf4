package com.tierline.audit.service;

import com.tierline.audit.domain.AuditEvent;
import com.tierline.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's whole history in one list: the audit chain's events (who decided what) merged with the process
 * engine's steps (where the case waited, and for how long), in time order.
 */
@Service
public class CaseTimeline {

    /** Steps worth a line; gateways, flows and start/end events would only be noise. */
    private static final Set<String> STEP_TYPES = Set.of("userTask", "serviceTask", "receiveTask",
            "intermediateCatchEvent", "boundaryEvent", "callActivity", "subProcess", "eventSubProcess");

    private final AuditTrail audit;
    private final HistoryService history;

    CaseTimeline(AuditTrail audit, HistoryService history) {
        this.audit = audit;
        this.history = history;
    }

    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_, Role.REVIEWER_})
    @Transactional(readOnly = true)
    public List<TimelineEntry> of(String reference) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (AuditEvent e : audit.caseHistory(reference)) {
            entries.add(new TimelineEntry(e.getOccurredAt(), TimelineEntry.Source.AUDIT, e.getSequence(),
                    e.getActor(), e.getAction(), e.getPayload(), null, e.getHash()));
        }
        for (HistoricActivityInstance step : steps(reference)) {
            Instant start = step.getStartTime().toInstant();
            Duration took = step.getEndTime() == null ? null
                    : Duration.between(start, step.getEndTime().toInstant());
            String name = step.getActivityName() != null ? step.getActivityName() : step.getActivityId();
            entries.add(new TimelineEntry(start, TimelineEntry.Source.PROCESS, null,
                    step.getAssignee() != null ? step.getAssignee() : "process",
                    "step: " + name, typeLabel(step.getActivityType()), took, null));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at)
                .thenComparing(e -> e.sequence() == null ? Long.MAX_VALUE : e.sequence()));
        return entries;
    }

    /** Every step of every process the case has run (a reopened case runs a fresh one). */
    List<HistoricActivityInstance> steps(String reference) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .map(HistoricProcessInstance::getId)
                .flatMap(id -> history.createHistoricActivityInstanceQuery().processInstanceId(id)
                        .orderByHistoricActivityInstanceStartTime().asc().list().stream())
                .filter(a -> STEP_TYPES.contains(a.getActivityType())).toList();
    }

    private static String typeLabel(String type) {
        return switch (type) {
            case "userTask" -> "waiting for a person";
            case "serviceTask" -> "automatic step";
            case "intermediateCatchEvent", "boundaryEvent" -> "timer or message";
            default -> type;
        };
    }
}
