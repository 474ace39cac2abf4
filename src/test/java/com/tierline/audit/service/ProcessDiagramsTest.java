package com.tierline.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.SubProcess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The BPMN files carry a diagram a modeler can open, and the server draws it without cutting anything off. */
class ProcessDiagramsTest {

    @ParameterizedTest
    @ValueSource(strings = {"licence-application", "appeal"})
    void everyFlowNodeHasAShapeAndEverySequenceFlowAnEdgeThatStartsAndEndsOnIt(String process) throws Exception {
        BpmnModel model = parse(process);
        List<FlowElement> elements = all(model.getMainProcess());
        assertThat(elements).isNotEmpty();
        for (FlowElement element : elements) {
            if (element instanceof FlowNode) {
                assertThat(model.getGraphicInfo(element.getId())).as("shape of %s", element.getId()).isNotNull();
            } else if (element instanceof SequenceFlow flow) {
                List<GraphicInfo> waypoints = model.getFlowLocationGraphicInfo(flow.getId());
                assertThat(waypoints).as("edge of %s", flow.getId()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(onBorder(model.getGraphicInfo(flow.getSourceRef()), waypoints.get(0)))
                        .as("%s leaves %s", flow.getId(), flow.getSourceRef()).isTrue();
                assertThat(onBorder(model.getGraphicInfo(flow.getTargetRef()), waypoints.get(waypoints.size() - 1)))
                        .as("%s reaches %s", flow.getId(), flow.getTargetRef()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"licence-application", "appeal"})
    void shapesDoNotOverlapAndEveryNamedEventGatewayAndFlowHasItsLabelInsideTheDrawing(String process)
            throws Exception {
        BpmnModel model = parse(process);
        List<FlowElement> elements = all(model.getMainProcess());
        double right = 0;
        double bottom = 0;
        for (FlowElement element : elements) {
            List<GraphicInfo> points = element instanceof SequenceFlow
                    ? model.getFlowLocationGraphicInfo(element.getId()) : List.of(model.getGraphicInfo(element.getId()));
            for (GraphicInfo point : points) {
                right = Math.max(right, point.getX() + point.getWidth());
                bottom = Math.max(bottom, point.getY() + point.getHeight());
            }
        }
        for (FlowElement element : elements) {
            boolean labelled = element instanceof SequenceFlow || element instanceof org.flowable.bpmn.model.Event
                    || element instanceof org.flowable.bpmn.model.Gateway;
            if (labelled && element.getName() != null) {
                GraphicInfo label = model.getLabelGraphicInfo(element.getId());
                assertThat(label).as("label of %s", element.getId()).isNotNull();
                assertThat(label.getX()).as("left edge of %s's label", element.getId()).isGreaterThanOrEqualTo(0);
                // the canvas is as wide as the shapes and waypoints: a label beyond them is cut off
                assertThat(label.getX() + label.getWidth()).as("right edge of %s's label", element.getId())
                        .isLessThanOrEqualTo(right);
                assertThat(label.getY() + label.getHeight()).isLessThanOrEqualTo(bottom);
            }
            if (element instanceof FlowNode node && !(element instanceof BoundaryEvent)
                    && !(element instanceof SubProcess)) {
                for (FlowElement other : elements) {
                    if (other != element && other instanceof FlowNode && !(other instanceof BoundaryEvent)
                            && !(other instanceof SubProcess)) {
                        assertThat(overlap(model.getGraphicInfo(node.getId()), model.getGraphicInfo(other.getId())))
                                .as("%s overlaps %s", node.getId(), other.getId()).isFalse();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"licence-application", "appeal"})
    void theServerDrawsTheWholeDiagramFromItsLayout(String process) throws Exception {
        BpmnModel model = parse(process);
        byte[] png = new PathDiagramRenderer().png(model, Set.of(), Set.of(), Set.of());
        Files.createDirectories(Path.of("target", "diagrams"));
        Files.write(Path.of("target", "diagrams", process + ".png"), png);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(900);
        assertThat(image.getHeight()).isGreaterThan(300);
    }

    static BpmnModel parse(String process) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("processes", process + ".bpmn20.xml"))) {
            return new BpmnXMLConverter().convertToBpmnModel(XMLInputFactory.newInstance().createXMLStreamReader(in));
        }
    }

    private static List<FlowElement> all(FlowElementsContainer container) {
        List<FlowElement> out = new ArrayList<>();
        for (FlowElement element : container.getFlowElements()) {
            out.add(element);
            if (element instanceof FlowElementsContainer nested) {
                out.addAll(all(nested));
            }
        }
        return out;
    }

    private static boolean onBorder(GraphicInfo box, GraphicInfo point) {
        double x = point.getX();
        double y = point.getY();
        boolean inside = x >= box.getX() - 1 && x <= box.getX() + box.getWidth() + 1
                && y >= box.getY() - 1 && y <= box.getY() + box.getHeight() + 1;
        boolean strictlyInside = x > box.getX() + 1 && x < box.getX() + box.getWidth() - 1
                && y > box.getY() + 1 && y < box.getY() + box.getHeight() - 1;
        // a gateway's or event's border lies inside its bounding box: the waypoint must touch the box, not its middle
        double cx = box.getX() + box.getWidth() / 2;
        double cy = box.getY() + box.getHeight() / 2;
        boolean atCentre = Math.abs(x - cx) < 5 && Math.abs(y - cy) < 5;
        return inside && !(strictlyInside && atCentre) && (!strictlyInside || box.getWidth() <= 50);
    }

    private static boolean overlap(GraphicInfo a, GraphicInfo b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }
}
