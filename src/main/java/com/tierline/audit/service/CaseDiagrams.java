package com.tierline.audit.service;

import com.tierline.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's process drawn on the server from the BPMN file's own layout: every step and flow a run has passed
 * through in red, and the step it waits in now framed twice. A case reopened after an upheld appeal has run the
 * process more than once; each run keeps its own picture, so the denial path stays visible after the reopening.
 */
@Service
public class CaseDiagrams {

    /**
     * One run of a process drawn, and in words where it stands. {@code activitiesTaken} and {@code flowsTaken} are
     * the ids drawn in red, in the order the engine recorded them.
     */
    public record Diagram(byte[] png, List<String> currentSteps, int stepsTaken, String processName,
            List<String> activitiesTaken, List<String> flowsTaken, boolean ended) {
    }

    private final HistoryService history;
    private final RepositoryService repository;
    private final PathDiagramRenderer renderer = new PathDiagramRenderer();
    private final Map<String, BpmnModel> models = new ConcurrentHashMap<>();

    CaseDiagrams(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** Every run for {@code reference}, the first one first. */
    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_, Role.REVIEWER_})
    @Transactional(readOnly = true)
    public List<Diagram> runsOf(String reference) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .orderByProcessInstanceStartTime().asc().list().stream().map(this::draw).toList();
    }

    private Diagram draw(HistoricProcessInstance run) {
        // The renderer fits waypoints to shapes in place, so each definition's model is parsed once and kept.
        BpmnModel model = models.computeIfAbsent(run.getProcessDefinitionId(), repository::getBpmnModel);
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(run.getId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderByHistoricActivityInstanceId().asc().list();
        Set<String> flows = new LinkedHashSet<>();
        steps.stream().filter(step -> "sequenceFlow".equals(step.getActivityType()))
                .forEach(step -> flows.add(step.getActivityId()));
        Set<String> passed = new LinkedHashSet<>();
        List<String> current = new ArrayList<>();
        for (HistoricActivityInstance step : steps) {
            String type = step.getActivityType();
            if ("sequenceFlow".equals(type) || "boundaryEvent".equals(type) && !fired(model, step, flows)) {
                continue;
            }
            passed.add(step.getActivityId());
            if (step.getEndTime() == null && !"boundaryEvent".equals(type)) {
                current.add(step.getActivityId());
            }
        }
        byte[] png = renderer.png(model, passed, flows, current);
        List<String> currentNames = current.stream().map(id -> name(model, id)).toList();
        return new Diagram(png, currentNames, passed.size(), run.getProcessDefinitionName(), List.copyOf(passed),
                List.copyOf(flows), run.getEndTime() != null);
    }

    /** The engine records a boundary timer with its task whether it fired or not: it fired if its flow was taken. */
    private static boolean fired(BpmnModel model, HistoricActivityInstance step, Set<String> flowsTaken) {
        return model.getFlowElement(step.getActivityId()) instanceof BoundaryEvent boundary
                && boundary.getOutgoingFlows().stream().anyMatch(flow -> flowsTaken.contains(flow.getId()));
    }

    private static String name(BpmnModel model, String activityId) {
        FlowElement element = model.getFlowElement(activityId);
        return element != null && element.getName() != null ? element.getName() : activityId;
    }
}
