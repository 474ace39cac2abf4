package com.tierline.audit.service;

import com.tierline.audit.domain.AuditEvent;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EventDefinition;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.MessageEventDefinition;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
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
    private final RepositoryService repository;
    private final UserDirectory users;

    CaseTimeline(AuditTrail audit, HistoryService history, RepositoryService repository, UserDirectory users) {
        this.users = users;
        this.audit = audit;
        this.history = history;
        this.repository = repository;
    }

    /** In English, as the dossier prints it. */
    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_, Role.REVIEWER_})
    @Transactional(readOnly = true)
    public List<TimelineEntry> of(String reference) {
        return of(reference, Locale.ENGLISH);
    }

    /**
     * Audit events as sentences (their stored payload kept as the details) and process steps by the names their
     * process definition gives them, numbers and times for the reader's locale. People read as "Ana Reviewer
     * (reviewer1)": the name, and the user name the chain's payloads keep.
     */
    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_, Role.REVIEWER_})
    @Transactional(readOnly = true)
    public List<TimelineEntry> of(String reference, Locale locale) {
        List<TimelineEntry> entries = new ArrayList<>();
        Map<String, String> named = new HashMap<>();
        UnaryOperator<String> people = username -> named.computeIfAbsent(username, users::nameAndUsername);
        for (AuditEvent e : audit.caseHistory(reference)) {
            entries.add(new TimelineEntry(e.getOccurredAt(), TimelineEntry.Source.AUDIT, e.getSequence(),
                    people.apply(e.getActor()), EventSentences.of(e, locale, people), e.getPayload(), null,
                    e.getHash()));
        }
        Map<String, BpmnModel> models = new HashMap<>();
        for (HistoricActivityInstance step : steps(reference)) {
            Instant start = step.getStartTime().toInstant();
            Duration took = step.getEndTime() == null ? null
                    : Duration.between(start, step.getEndTime().toInstant());
            BpmnModel model = models.computeIfAbsent(step.getProcessDefinitionId(), repository::getBpmnModel);
            entries.add(new TimelineEntry(start, TimelineEntry.Source.PROCESS, null,
                    step.getAssignee() != null ? people.apply(step.getAssignee()) : UserDirectory.AUTOMATIC,
                    stepName(model, step), typeLabel(step.getActivityType()), took, null));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at)
                .thenComparing(e -> e.sequence() == null ? Long.MAX_VALUE : e.sequence()));
        return entries;
    }

    /** Every step of every process the case has run (a reopened case runs a fresh one). */
    List<HistoricActivityInstance> steps(String reference) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .map(HistoricProcessInstance::getId)
                .flatMap(id -> happened(history.createHistoricActivityInstanceQuery().processInstanceId(id)
                        .orderByHistoricActivityInstanceStartTime().asc().list()).stream())
                .filter(a -> STEP_TYPES.contains(a.getActivityType())).toList();
    }

    /**
     * The engine records a deadline timer with its task whether it fired or not: a timer that never fired (the
     * reviewer decided in time) did not happen, and the timeline must not say "Deadline passed" for it.
     */
    private List<HistoricActivityInstance> happened(List<HistoricActivityInstance> run) {
        java.util.Set<String> flowsTaken = run.stream().filter(a -> "sequenceFlow".equals(a.getActivityType()))
                .map(HistoricActivityInstance::getActivityId).collect(java.util.stream.Collectors.toSet());
        if (run.isEmpty()) {
            return run;
        }
        BpmnModel model = repository.getBpmnModel(run.get(0).getProcessDefinitionId());
        return run.stream().filter(a -> !"boundaryEvent".equals(a.getActivityType())
                || model.getFlowElement(a.getActivityId()) instanceof BoundaryEvent boundary
                        && boundary.getOutgoingFlows().stream().anyMatch(f -> flowsTaken.contains(f.getId())))
                .toList();
    }

    /**
     * The step's name in its process definition. An unnamed timer or message on a task reads by that task
     * ("Timer on Review"), so that no engine id ever reaches a reader.
     */
    static String stepName(BpmnModel model, HistoricActivityInstance step) {
        FlowElement element = model == null ? null : model.getFlowElement(step.getActivityId());
        if (element != null && element.getName() != null && !element.getName().isBlank()) {
            return element.getName();
        }
        if (step.getActivityName() != null && !step.getActivityName().isBlank()) {
            return step.getActivityName();
        }
        if (element instanceof BoundaryEvent boundary && boundary.getAttachedToRef() != null
                && boundary.getAttachedToRef().getName() != null) {
            List<EventDefinition> definitions = boundary.getEventDefinitions();
            String kind = definitions.stream().anyMatch(TimerEventDefinition.class::isInstance) ? "Timer"
                    : definitions.stream().anyMatch(MessageEventDefinition.class::isInstance) ? "Message" : "Event";
            return kind + " on " + boundary.getAttachedToRef().getName();
        }
        return EventSentences.words(step.getActivityId());
    }

    private static String typeLabel(String type) {
        return switch (type) {
            case "userTask" -> "waiting for a person";
            case "serviceTask" -> "automatic step";
            case "intermediateCatchEvent", "boundaryEvent" -> "timer or message";
            default -> EventSentences.words(type).toLowerCase(Locale.ROOT);
        };
    }
}
