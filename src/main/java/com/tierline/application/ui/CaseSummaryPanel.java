package com.tierline.application.ui;

import com.tierline.application.domain.LineItem;
import com.tierline.application.service.CaseDetails;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.Outcome;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.Locale;

/** Read-only facts of a case: parties, items, screening result and decision. Shared by every role's case page. */
public class CaseSummaryPanel extends VerticalLayout {

    /** Adds a download link for the decision letter when the case has a decision. */
    public static com.vaadin.flow.component.html.Anchor letterLink(CaseDetails c,
            com.tierline.application.service.DecisionLetters letters) {
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
                    byte[] pdf = letters.letter(c.reference()).orElseThrow();
                    return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(pdf),
                            "decision-" + c.reference() + ".pdf", "application/pdf", pdf.length);
                }), "Decision letter (PDF)");
        link.setId("decision-letter");
        return link;
    }

    /** The exporter's panel: its copy of the case names no official, so there is nobody to look up. */
    public CaseSummaryPanel(CaseDetails c, Locale locale) {
        this(c, locale, java.util.function.UnaryOperator.identity(), false);
    }

    /** A staff reader's panel; {@code people} turns a user name into "Ana Reviewer (reviewer1)". */
    public CaseSummaryPanel(CaseDetails c, Locale locale, java.util.function.UnaryOperator<String> people) {
        this(c, locale, people, false);
    }

    /**
     * {@code forHearing}: without the latest pre-screen and the decision, for the appeal hearing, which lists every
     * screening and shows the decision under appeal with its reviewer and letter itself — so neither reads twice.
     */
    public CaseSummaryPanel(CaseDetails c, Locale locale, java.util.function.UnaryOperator<String> people,
            boolean forHearing) {
        setPadding(false);
        add(new H3("Parties and destination"),
                fact("Organisation", c.organisation()),
                fact("Destination", c.destinationCountry()),
                fact("Consignee", c.consigneeName() + ", " + c.consigneeCountry()
                        + (c.consigneeHeadquarters() == null ? "" : "; headquartered in " + c.consigneeHeadquarters())),
                fact("End user", c.endUserName() + ", " + c.endUserCountry()),
                fact("Ultimate end user", c.ultimateEndUserName() == null ? null
                        : c.ultimateEndUserName() + ", " + c.ultimateEndUserCountry()),
                otherParties(c),
                fact("Data centre", c.dataCentreName()),
                fact("Security attestations", c.attestations().isEmpty() ? "none"
                        : c.attestations().stream().map(a -> a.label()).sorted()
                                .collect(java.util.stream.Collectors.joining("; "))),
                fact("End use", c.endUse()),
                fact("Submitted", Formats.dateTime(c.submittedAt(), locale)));

        Grid<LineItem> items = new Grid<>(LineItem.class, false);
        items.addColumn(LineItem::getDescription).setHeader("Item").setFlexGrow(2);
        items.addColumn(i -> Formats.number(i.getTpp(), locale)).setHeader("TPP / unit");
        items.addColumn(i -> Formats.number(i.getPerformanceDensity(), locale)).setHeader("Density");
        items.addColumn(i -> Formats.number(BigDecimal.valueOf(i.getQuantity()), locale)).setHeader("Quantity");
        items.addColumn(i -> Formats.usd(i.getUnitValueUsd(), locale)).setHeader("Unit value");
        items.setItems(c.items());
        items.setAllRowsVisible(true);
        items.setId("case-items");
        add(new H3("Items"), items);

        if (!forHearing && c.outcome() != null) {
            Div screening = new Div();
            screening.setId("screening-result");
            screening.addClassName("screening");
            screening.add(fact("Pre-screen outcome", outcome(c.outcome())),
                    fact("Tier", c.effectiveTier() == null || c.effectiveTier().equals(c.tier())
                            ? String.valueOf(c.tier()) : c.tier() + ", treated as " + c.effectiveTier()),
                    fact("Total TPP (all items)", Formats.number(c.totalTpp(), locale)),
                    fact("Controlled (3A090.a) TPP", Formats.number(c.controlledTpp(), locale)),
                    fact("H100-equivalents (controlled items)", Formats.number(c.h100Equivalents(), locale)),
                    fact("Rule set", c.ruleSetVersion() + ", screened " + Formats.dateTime(c.screenedAt(), locale)));
            if (c.allocation() != null) {
                screening.add(fact("Allocation left at this screening", PreScreenPanel.allocationAt(c.allocation(),
                        c.screenedAt(), locale)), fact("Left after this request",
                        Formats.number(c.allocation().remainingAfter(), locale) + " TPP"));
            }
            for (Finding f : c.findings()) {
                screening.add(PreScreenPanel.finding(f));
            }
            add(new H3("Pre-screen"), screening);
        }
        if (c.escalatedBy() != null) {
            Div escalation = new Div(fact("Escalated by", people.apply(c.escalatedBy())), fact("Justification",
                    c.escalationReason()));
            escalation.setId("escalation");
            add(new H3("Escalation"), escalation);
        }
        if (c.withdrawnReason() != null) {
            Div withdrawn = new Div(fact("Withdrawn", c.withdrawnReason()));
            withdrawn.setId("withdrawn");
            add(new H3("Withdrawal"), withdrawn);
        }
        if (!forHearing && c.decision() != null) {
            Div decision = new Div(fact("Decision", c.decision().label()), fact("Reason", c.decisionReason()),
                    fact("Decided", Formats.dateTime(c.decidedAt(), locale)));
            if (c.licenceNumber() != null) {
                decision.add(fact("Licence", c.licenceNumber() + ", valid until " + Formats.date(c.licenceValidUntil(), locale)));
            }
            decision.setId("decision");
            add(new H3("Decision"), decision);
        }
    }

    /** The purchaser and every intermediate consignee, one line each, so a reviewer sees the whole route. */
    private static Div otherParties(CaseDetails c) {
        Div parties = new Div();
        parties.setId("other-parties");
        if (c.otherParties().isEmpty()) {
            parties.add(fact("Purchaser and intermediate consignees", "none declared"));
        }
        c.otherParties().forEach(p -> parties.add(fact(p.label(), (p.name() == null ? "(no name)" : p.name())
                + (p.country() == null ? "" : ", " + p.country()))));
        return parties;
    }

    /** The outcome as its label, "Licence required", the way the rest of the screens write it. */
    static String outcome(String name) {
        try {
            return Outcome.valueOf(name).label();
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value == null ? "—" : value);
        v.addClassName("fact-value");
        Div row = new Div(l, v);
        row.addClassName("fact");
        return row;
    }
}
