package com.tierline.appeal.ui;

import com.tierline.appeal.domain.Appeal;
import com.tierline.appeal.service.AppealHearings.DestinationStanding;
import com.tierline.appeal.service.AppealHearings.Hearing;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.DecisionLetters;
import com.tierline.application.ui.CaseSummaryPanel;
import com.tierline.application.ui.ScreeningHistory;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.ui.DocumentList;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * An appeal heard with what it is about in view: the grounds and evidence, then for a denial the decision under
 * appeal (who, when, why, its letter) and the whole case with every screening; for a tier upgrade, where the
 * destination stands today.
 */
class AppealHearing extends VerticalLayout {

    /** {@code people} names the appellant and the reviewer who decided: "Ana Reviewer (reviewer1)". */
    AppealHearing(Hearing hearing, DocumentStore documents, DecisionLetters letters, UnaryOperator<String> people,
            Locale locale) {
        setPadding(false);
        setId("appeal-hearing");
        Appeal appeal = hearing.appeal();
        Paragraph grounds = new Paragraph(appeal.getGrounds());
        grounds.setId("appeal-grounds-text");
        add(new H3("Appeal " + appeal.getReference()),
                line("Filed by " + people.apply(appeal.getFiledBy()), Formats.dateTime(appeal.getFiledAt(), locale)),
                new H4("Grounds"), grounds,
                new DocumentList("appeal-evidence-list", documents.forAppeal(appeal.getReference()), documents,
                        locale));
        if (hearing.caseUnderAppeal() != null) {
            addCase(hearing.caseUnderAppeal(), letters, people, locale);
        }
        if (hearing.standing() != null) {
            addStanding(hearing.standing(), locale);
        }
    }

    private void addCase(CaseDetails c, DecisionLetters letters, UnaryOperator<String> people, Locale locale) {
        Anchor open = new Anchor("review/" + c.reference(), "Open case " + c.reference());
        open.setId("appeal-case-link");
        Div decision = new Div(line("Decision", c.decision() == null ? "none recorded" : c.decision().label()
                + " by " + people.apply(c.decidedBy()) + ", " + Formats.dateTime(c.decidedAt(), locale)),
                line("Reason given", c.decisionReason()));
        decision.setId("decision-under-appeal");
        add(new H3("Decision under appeal"), decision);
        if (c.decision() != null) {
            add(CaseSummaryPanel.letterLink(c, letters));
        }
        add(open, new CaseSummaryPanel(c, locale, people, true), new H3("Every screening"),
                new ScreeningHistory(c.screenings(), locale));
    }

    private void addStanding(DestinationStanding s, Locale locale) {
        Div standing = new Div(line("Destination", s.country() + ", Tier " + s.tier() + " today"),
                line("Open cases to it", Formats.number(BigDecimal.valueOf(s.openCases()), locale)));
        if (s.allocation() != null) {
            standing.add(line("Country allocation", Formats.number(s.allocation().allocated(), locale)
                    + " TPP; used by approvals " + Formats.number(s.allocation().consumed(), locale)
                    + "; reserved by open cases " + Formats.number(s.allocation().reserved(), locale)
                    + "; left " + Formats.number(s.allocation().remaining(), locale)));
        }
        standing.setId("destination-standing");
        add(new H3("Where the destination stands"), standing);
    }

    private static Div line(String label, String value) {
        Div line = new Div();
        line.setText(label + ": " + (value == null ? "—" : value));
        return line;
    }
}
