package com.tierline.application.ui;

import com.tierline.history.domain.DecisionKind;
import com.tierline.history.service.CaseHistoryEntry;
import com.tierline.application.service.DecisionLetters;
import com.vaadin.flow.component.Component;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.ScreeningSnapshot;
import com.tierline.document.service.DocumentInfo;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What happened to the case, as the exporter may see it: filing, each screening, the moments of the page's other
 * sections (questions and answers), documents, and the decision history (every decision with its reason and letter,
 * appeals, reopening, withdrawal). Reviewers' internal steps (claims, escalations) are not shown here.
 */
class ExporterTimeline extends Div {

    private record Entry(Instant at, String what, Component letter) {

        Entry(Instant at, String what) {
            this(at, what, null);
        }
    }

    ExporterTimeline(CaseDetails c, List<ExporterCaseSection.Moment> moments, List<DocumentInfo> documents,
            List<CaseHistoryEntry> history, DecisionLetters letters, Function<String, String> people, Locale locale) {
        setId("exporter-timeline");
        List<Entry> entries = new ArrayList<>();
        // A colleague by name, as the exporter knows them, not by the user name they sign in with.
        entries.add(new Entry(c.createdAt(), "Draft started by " + people.apply(c.createdBy())));
        if (c.submittedAt() != null) {
            entries.add(new Entry(c.submittedAt(), "Submitted"));
        }
        for (ScreeningSnapshot s : c.screenings()) {
            entries.add(new Entry(s.screenedAt(), "Pre-screened under rule set " + s.result().ruleSetVersion() + ": "
                    + s.result().outcome().label() + " (" + s.result().findings().size()
                    + " finding" + (s.result().findings().size() == 1 ? "" : "s") + ")"));
        }
        moments.forEach(m -> entries.add(new Entry(m.at(), m.what())));
        for (DocumentInfo d : documents) {
            entries.add(new Entry(d.uploadedAt(), d.purpose().label() + " filed: " + d.fileName()));
        }
        // Every decision, appeal outcome, reopening and withdrawal, each with its own letter; the questions and
        // answers come from the requests-for-information section, with their deadlines.
        for (CaseHistoryEntry h : history) {
            if (h.kind() != DecisionKind.INFORMATION_REQUESTED && h.kind() != DecisionKind.INFORMATION_PROVIDED) {
                entries.add(new Entry(h.at(), h.sentence(locale, h.kind().byExporter() ? null : office(h.actor())),
                        h.letter() ? DecisionHistoryList.letterLink(c.reference(), h, letters) : null));
            }
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("timeline");
        entries.stream().filter(e -> e.at() != null).sorted(Comparator.comparing(Entry::at)).forEach(e -> {
            Span when = new Span(Formats.dateTime(e.at(), locale));
            when.addClassName("when");
            ListItem item = new ListItem(when, new Span(e.what()));
            if (e.letter() != null) {
                item.add(new Span(" "), e.letter());
            }
            list.add(item);
        });
        add(new H3("What has happened"), list);
    }

    /**
     * An official's act reads "by the licensing officer": exporters see the office, named as a sentence names it;
     * the system's own steps read "by Tierline".
     */
    private static String office(String actor) {
        return actor == null || actor.isEmpty() || "Tierline".equals(actor) ? actor
                : "the " + actor.substring(0, 1).toLowerCase(Locale.ENGLISH) + actor.substring(1);
    }
}
