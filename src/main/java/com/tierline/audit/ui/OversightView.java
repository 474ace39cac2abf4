package com.tierline.audit.ui;

import com.tierline.audit.service.Oversight;
import com.tierline.audit.service.OversightFigures;
import com.tierline.identity.domain.Role;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/** Oversight for auditors and senior reviewers: the figures in words and as charts drawn on the server. */
@Route("oversight")
@PageTitle("Oversight · Tierline")
@RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_})
public class OversightView extends VerticalLayout {

    public OversightView(Oversight oversight) {
        Locale locale = getLocale();
        OversightFigures f = oversight.figures();
        long open = f.casesByStatus().entrySet().stream()
                .filter(e -> !e.getKey().matches("APPROVED|DENIED|WITHDRAWN|AUTHORISED|APPEAL_.*"))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        FlexLayout tiles = new FlexLayout(
                tile("open-cases", Formats.number(BigDecimal.valueOf(open), locale), "open cases"),
                tile("decided", Formats.number(BigDecimal.valueOf(f.decided()), locale),
                        "decisions in the last " + f.weeks() + " weeks"),
                tile("median-time", f.medianTimeToDecision() == null ? "—" : days(f.medianTimeToDecision(), locale),
                        "median time from submission to decision"),
                tile("sla-compliance", f.slaCompliancePercent() == null ? "—"
                        : Formats.number(BigDecimal.valueOf(f.slaCompliancePercent()), locale) + " %",
                        "decided within the SLA"),
                tile("appeals-upheld", Long.toString(f.appealsByStatus().getOrDefault("UPHELD", 0L)),
                        (f.appealsByStatus().getOrDefault("UPHELD", 0L) == 1 ? "appeal upheld, " : "appeals upheld, ")
                                + f.appealsByStatus().getOrDefault("DISMISSED", 0L) + " dismissed"));
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-m)");
        FlexLayout charts = new FlexLayout(
                chart("chart-allocations", OversightCharts.allocations(f, locale), "Tier 2 allocation per destination"),
                chart("chart-status", OversightCharts.casesByStatus(f), "Cases by status"),
                chart("chart-decisions", OversightCharts.decisionsPerWeek(f, locale), "Decisions per week"),
                chart("chart-appeals", OversightCharts.appeals(f.appealsByStatus()), "Appeals by outcome"));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-m)");
        setMaxWidth("1400px");
        add(new H2("Oversight"), tiles, charts);
    }

    private static Div tile(String id, String value, String label) {
        Span number = new Span(value);
        number.addClassName("tile-value");
        number.setId(id);
        Div tile = new Div(number, new Span(label));
        tile.addClassName("tile");
        return tile;
    }

    private static Image chart(String id, byte[] png, String alt) {
        Image image = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(png), id + ".png", "image/png", png.length)), alt);
        image.setId(id);
        image.setMaxWidth("100%");
        return image;
    }

    private static String days(Duration d, Locale locale) {
        return Formats.number(BigDecimal.valueOf(d.toMinutes() / 1440.0), locale) + " days";
    }
}
