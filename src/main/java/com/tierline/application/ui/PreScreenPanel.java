package com.tierline.application.ui;

import com.tierline.screening.domain.AllocationView;
import com.tierline.screening.domain.FieldError;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The pre-screen as the exporter drafts: outcome, tier, totals, allocation and every finding with its citation. */
public class PreScreenPanel extends Div {

    private final Locale locale;

    public PreScreenPanel(Locale locale) {
        this.locale = locale;
        addClassName("prescreen-panel");
        setId("prescreen-panel");
        showIncomplete(List.of());
    }

    /** The live pre-screen while drafting: the allocation is the one left now. */
    public void show(ScreeningResult r) {
        show(r, "Allocation left now", Formats.number(r.allocation() == null ? null
                : r.allocation().remainingBefore(), locale) + " TPP");
    }

    /**
     * A screening from the record: the allocation is stated as it stood at that screening, with its date, because
     * the figure "now" has moved on since.
     */
    public void showAsScreened(ScreeningResult r, Instant screenedAt) {
        show(r, "Allocation left at this screening", allocationAt(r.allocation(), screenedAt, locale));
    }

    /** "30,000,000 TPP on 1 Dec 2026, 14:03 UTC": the allocation a past screening saw, and when it saw it. */
    static String allocationAt(AllocationView a, Instant screenedAt, Locale locale) {
        return Formats.number(a == null ? null : a.remainingBefore(), locale) + " TPP on "
                + Formats.dateTime(screenedAt, locale);
    }

    private void show(ScreeningResult r, String allocationLabel, String allocationLeft) {
        removeAll();
        Span outcome = new Span(r.outcome().label());
        outcome.setId("prescreen-outcome");
        outcome.getElement().getThemeList().add("badge " + (r.outcome().authorised() ? "success"
                : r.outcome().name().startsWith("PRESUMPTION") ? "error" : ""));
        add(new H3("Pre-screen"), outcome,
                line("Destination tier", r.effectiveTier() == r.tier() ? "Tier " + r.tier()
                        : "Tier " + r.tier() + ", treated as Tier " + r.effectiveTier()),
                line("Total TPP (all items)", Formats.number(r.totalTpp(), locale)),
                line("Controlled (3A090.a) TPP", Formats.number(r.controlledTpp(), locale)),
                line("H100-equivalents (controlled items)", Formats.number(r.h100Equivalents(), locale)));
        AllocationView a = r.allocation();
        if (a != null) {
            add(line(allocationLabel, allocationLeft),
                    line("Left after this request", Formats.number(a.remainingAfter(), locale) + " TPP"));
        }
        for (Finding f : r.findings()) {
            add(finding(f));
        }
        add(line("Rule set", r.ruleSetVersion()));
    }

    public void showIncomplete(List<FieldError> errors) {
        removeAll();
        add(new H3("Pre-screen"), new Paragraph(errors.isEmpty()
                ? "Fill in the destination and at least one item to see how the application will be screened."
                : "Complete these to see the pre-screen:"));
        errors.stream().limit(6).forEach(e -> add(new Paragraph("• " + e.message())));
    }

    static Paragraph finding(Finding f) {
        Paragraph p = new Paragraph(f.message() + " ");
        p.addClassNames("finding", "finding-" + f.severity().name().toLowerCase(Locale.ROOT));
        Span cite = new Span(f.citation());
        cite.addClassName("citation");
        p.add(cite);
        return p;
    }

    private static Div line(String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        Div row = new Div(l, v);
        row.addClassName("fact");
        return row;
    }
}
