package com.tierline.audit.ui;

import com.tierline.audit.service.OversightFigures;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws the oversight figures as PNG bar charts on the server (no chart component in the browser). */
final class OversightCharts {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Color[] SERIES = {new Color(0x1a73e8), new Color(0xd93025), new Color(0xf29900),
            new Color(0x188038)};

    private OversightCharts() {
    }

    /** Only destinations with something consumed or reserved; the untouched ones are counted in the title. */
    static byte[] allocations(OversightFigures f, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<OversightFigures.Allocation> used = f.allocations().stream()
                .filter(a -> a.consumed().signum() > 0 || a.reserved().signum() > 0).toList();
        for (OversightFigures.Allocation a : used) {
            BigDecimal free = a.allocated().subtract(a.consumed()).subtract(a.reserved()).max(BigDecimal.ZERO);
            data.addValue(millions(a.consumed()), "Consumed", a.country());
            data.addValue(millions(a.reserved()), "Reserved", a.country());
            data.addValue(millions(free), "Remaining", a.country());
        }
        int untouched = f.allocations().size() - used.size();
        JFreeChart chart = ChartFactory.createStackedBarChart("Tier 2 allocation " + f.allocationPeriod()
                + " in use (million TPP)" + (untouched > 0 ? "; " + untouched + " destinations untouched" : ""),
                null, "million TPP", data, PlotOrientation.HORIZONTAL, true, false, false);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createStandardTickUnits());
        return png(chart, 900, Math.max(220, 120 + 28 * used.size()));
    }

    static byte[] casesByStatus(OversightFigures f) {
        return png(casesByStatusChart(f), 600, 320);
    }

    static JFreeChart casesByStatusChart(OversightFigures f) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        f.casesByStatus().forEach((status, count) -> data.addValue(count, "Cases", statusLabel(status)));
        return counted(ChartFactory.createBarChart("Cases by status", null, "cases", data, PlotOrientation.HORIZONTAL,
                false, false, false));
    }

    static byte[] decisionsPerWeek(OversightFigures f, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        DateTimeFormatter week = DateTimeFormatter.ofPattern("d MMM", locale);
        for (OversightFigures.Week w : f.decisionsPerWeek()) {
            data.addValue(w.approved(), "Approved", week.format(w.monday()));
            data.addValue(w.denied(), "Denied", week.format(w.monday()));
        }
        return png(counted(ChartFactory.createBarChart("Decisions per week (week starting)", null, "decisions", data,
                PlotOrientation.VERTICAL, true, false, false)), 600, 320);
    }

    static byte[] appeals(Map<String, Long> appeals) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        appeals.forEach((status, count) -> data.addValue(count, "Appeals", appealLabel(status)));
        return png(counted(ChartFactory.createBarChart("Appeals by outcome", null, "appeals", data,
                PlotOrientation.VERTICAL, false, false, false)), 600, 320);
    }

    /** The status as every screen writes it ("Under review"), not its enum name. */
    static String statusLabel(String status) {
        try {
            return com.tierline.application.domain.ApplicationStatus.valueOf(status).label();
        } catch (IllegalArgumentException unknown) {
            return status;
        }
    }

    static String appealLabel(String status) {
        return switch (status) {
            case "UNDER_REVIEW" -> "Under review";
            case "PANEL" -> "With a panel";
            case "UPHELD" -> "Upheld";
            case "DISMISSED" -> "Dismissed";
            default -> status;
        };
    }

    private static double millions(BigDecimal tpp) {
        return tpp.divide(MILLION, 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Cases, decisions and appeals are counted: whole-number ticks, never 0.2 of a case. */
    private static JFreeChart counted(JFreeChart chart) {
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xf5f7fa));
        plot.setRangeGridlinePaint(new Color(0xc0c6cf));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Chart could not be drawn", e);
        }
    }
}
