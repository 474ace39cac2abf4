package com.tierline.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.audit.service.OversightFigures;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

class OversightChartsTest {

    @Test
    void aFewCasesAreCountedInWholeNumbers() {
        OversightFigures few = new OversightFigures("2025-2027", List.of(),
                Map.of("APPROVED", 1L, "DENIED", 1L, "UNDER_REVIEW", 2L), List.of(), Duration.ZERO, 2, 2, Map.of(), 12);
        JFreeChart chart = OversightCharts.casesByStatusChart(few);
        // The tick unit is chosen while the chart is drawn.
        chart.draw(new BufferedImage(600, 320, BufferedImage.TYPE_INT_RGB).createGraphics(),
                new java.awt.geom.Rectangle2D.Double(0, 0, 600, 320));
        double tick = ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).getTickUnit().getSize();
        assertThat(tick).isGreaterThanOrEqualTo(1.0);
        assertThat(tick % 1).isZero();
    }

    @Test
    void theStatusAxisReadsInWordsNotEnumNames() {
        OversightFigures few = new OversightFigures("2025-2027", List.of(),
                Map.of("UNDER_REVIEW", 2L, "PRESUMED_DENIAL", 1L), List.of(), Duration.ZERO, 2, 2, Map.of(), 12);
        assertThat(OversightCharts.casesByStatusChart(few).getCategoryPlot().getCategories())
                .containsExactlyInAnyOrder("Under review", "Presumption of denial");
        assertThat(OversightCharts.appealLabel("UNDER_REVIEW")).isEqualTo("Under review");
    }
}
