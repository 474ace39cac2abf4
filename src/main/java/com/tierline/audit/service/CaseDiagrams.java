package com.tierline.audit.service;

import com.tierline.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.bpmn.BpmnAutoLayout;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.image.impl.DefaultProcessDiagramCanvas;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's process drawn on the server (Flowable's image generator): every step and flow the case has passed
 * through in red, and the step it waits in now framed twice. Models without diagram interchange are laid out
 * automatically once per process definition.
 */
@Service
public class CaseDiagrams {

    /** A rendered diagram and, in words, where the case stands. */
    public record Diagram(byte[] png, List<String> currentSteps, int stepsTaken, String processName) {
    }

    private final HistoryService history;
    private final RepositoryService repository;
    private final Map<String, BpmnModel> laidOut = new ConcurrentHashMap<>();

    CaseDiagrams(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_, Role.REVIEWER_})
    @Transactional(readOnly = true)
    public Optional<Diagram> of(String reference) {
        List<HistoricProcessInstance> runs = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).orderByProcessInstanceStartTime().desc().list();
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance latest = runs.get(0);
        BpmnModel model = laidOut.computeIfAbsent(latest.getProcessDefinitionId(), this::layout);
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(latest.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
        Set<String> passed = new LinkedHashSet<>();
        Set<String> flows = new LinkedHashSet<>();
        List<String> current = new ArrayList<>();
        for (HistoricActivityInstance step : steps) {
            if ("boundaryEvent".equals(step.getActivityType()) && step.getDeleteReason() != null) {
                continue; // a timer cancelled with its task never fired: not part of the path
            }
            if ("sequenceFlow".equals(step.getActivityType())) {
                flows.add(step.getActivityId());
            } else if (step.getEndTime() == null) {
                // A boundary timer waits with its task; the task is where the case is.
                if (!"boundaryEvent".equals(step.getActivityType())) {
                    current.add(step.getActivityId());
                    passed.add(step.getActivityId());
                }
            } else {
                passed.add(step.getActivityId());
            }
        }
        byte[] png = new Generator().render(model, List.copyOf(passed), List.copyOf(flows), current);
        List<String> currentNames = current.stream().map(id -> name(model, id)).toList();
        return Optional.of(new Diagram(png, currentNames, passed.size(), latest.getProcessDefinitionName()));
    }

    private BpmnModel layout(String processDefinitionId) {
        BpmnModel model = repository.getBpmnModel(processDefinitionId);
        if (model.getLocationMap().isEmpty()) {
            new BpmnAutoLayout(model).execute();
        }
        return model;
    }

    private static String name(BpmnModel model, String activityId) {
        FlowElement element = model.getFlowElement(activityId);
        return element != null && element.getName() != null ? element.getName() : activityId;
    }

    /** The default generator, plus a second frame around the steps the case is in now. */
    private static final class Generator extends DefaultProcessDiagramGenerator {

        byte[] render(BpmnModel model, List<String> passed, List<String> flows, List<String> current) {
            DefaultProcessDiagramCanvas canvas = generateProcessDiagram(model, "png", passed, flows, "SansSerif",
                    "SansSerif", "SansSerif", CaseDiagrams.class.getClassLoader(), 1.0, true);
            for (String id : current) {
                GraphicInfo box = model.getGraphicInfo(id);
                if (box != null) {
                    canvas.drawHighLight((int) box.getX() - 6, (int) box.getY() - 6, (int) box.getWidth() + 12,
                            (int) box.getHeight() + 12);
                }
            }
            try (InputStream image = canvas.generateImage("png")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                image.transferTo(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("The process diagram could not be drawn", e);
            }
        }
    }
}
