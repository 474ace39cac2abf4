package com.tierline.application.ui;

import com.tierline.history.service.CaseHistoryEntry;
import com.tierline.application.service.DecisionLetters;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A case's decision history in order, one line per row (when, who, what and why), each decision with a link to
 * its own letter. Shared by the reviewer's and the auditor's case pages.
 */
public class DecisionHistoryList extends Div {

    /** {@code people} names who acted as staff read it: "Ana Reviewer (reviewer1)". */
    public DecisionHistoryList(String reference, List<CaseHistoryEntry> entries, DecisionLetters letters,
            UnaryOperator<String> people, Locale locale) {
        setId("decision-history");
        if (entries.isEmpty()) {
            add(new Paragraph("No decision has been taken on this case yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("timeline");
        for (CaseHistoryEntry e : entries) {
            Span when = new Span(Formats.dateTime(e.at(), locale));
            when.addClassName("when");
            ListItem item = new ListItem(when, new Span(e.sentence(locale) + " — " + people.apply(e.actor())));
            item.setId("decision-history-" + e.sequence());
            if (e.letter()) {
                item.add(new Span(" "), letterLink(reference, e, letters));
            }
            list.add(item);
        }
        add(list);
    }

    /** The letter of that history row, downloaded as issued (the service audits the download). */
    public static Anchor letterLink(String reference, CaseHistoryEntry entry, DecisionLetters letters) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> letters.letter(reference, entry.sequence())
                .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), "decision-" + reference + "-"
                        + entry.sequence() + ".pdf", "application/pdf", pdf.length))
                .orElseGet(() -> DownloadResponse.error(404))), "Letter of this decision (PDF)");
        link.setId("decision-letter-" + entry.sequence());
        link.getElement().setAttribute("download", true);
        return link;
    }
}
