package com.tierline.audit.service;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import javax.imageio.ImageIO;
import org.flowable.bpmn.model.BaseElement;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.image.impl.DefaultProcessDiagramCanvas;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;

/**
 * Flowable's image generator drawing a model from its own diagram interchange, with the path taken in red and a
 * second frame around where the case is now. Flowable draws no names for events and gateways, and a boundary
 * timer's name across its own clock, so those names are drawn here at the label bounds the BPMN file gives them.
 */
final class PathDiagramRenderer extends DefaultProcessDiagramGenerator {

    private static final int MARGIN = 16;

    PathDiagramRenderer() {
        ActivityDrawInstruction boundary = activityDrawInstructions.get(BoundaryEvent.class);
        activityDrawInstructions.put(BoundaryEvent.class, (canvas, model, node) -> {
            BoundaryEvent event = (BoundaryEvent) node;
            if (event.getEventDefinitions().size() == 1
                    && event.getEventDefinitions().get(0) instanceof TimerEventDefinition) {
                canvas.drawCatchingTimerEvent(model.getGraphicInfo(node.getId()), event.isCancelActivity(), 1.0);
            } else {
                boundary.draw(canvas, model, node);
            }
            drawName(canvas, model, node);
        });
        for (Class<? extends BaseElement> type : List.of(StartEvent.class, EndEvent.class, ExclusiveGateway.class)) {
            ActivityDrawInstruction shape = activityDrawInstructions.get(type);
            activityDrawInstructions.put(type, (canvas, model, node) -> {
                shape.draw(canvas, model, node);
                drawName(canvas, model, node);
            });
        }
    }

    /** A PNG of the model: {@code activities} and {@code flows} in red, {@code current} framed a second time. */
    byte[] png(BpmnModel model, Collection<String> activities, Collection<String> flows, Collection<String> current) {
        DefaultProcessDiagramCanvas canvas = generateProcessDiagram(model, "png", List.copyOf(activities),
                List.copyOf(flows), "SansSerif", "SansSerif", "SansSerif", PathDiagramRenderer.class.getClassLoader(),
                1.0, false);
        for (String id : current) {
            GraphicInfo box = model.getGraphicInfo(id);
            if (box != null) {
                canvas.drawHighLight((int) box.getX() - 6, (int) box.getY() - 6, (int) box.getWidth() + 12,
                        (int) box.getHeight() + 12);
            }
        }
        try (InputStream drawn = canvas.generateImage("png")) {
            return onWhite(ImageIO.read(drawn));
        } catch (IOException e) {
            throw new UncheckedIOException("The process diagram could not be drawn", e);
        } finally {
            canvas.close();
        }
    }

    /**
     * Flowable's canvas is transparent and ends 10 px after the rightmost shape, where a frame around an end event
     * is cut; the picture is put on white with a margin all round.
     */
    private static byte[] onWhite(BufferedImage drawn) throws IOException {
        BufferedImage picture = new BufferedImage(drawn.getWidth() + 2 * MARGIN, drawn.getHeight() + 2 * MARGIN,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            g.drawImage(drawn, MARGIN, MARGIN, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    private static void drawName(DefaultProcessDiagramCanvas canvas, BpmnModel model, FlowNode node) {
        GraphicInfo label = model.getLabelGraphicInfo(node.getId());
        if (label != null && node.getName() != null) {
            canvas.drawLabel(node.getName(), label, true);
        }
    }
}
