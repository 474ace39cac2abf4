package com.tierline.document.ui;

import com.tierline.document.service.DocumentInfo;
import com.tierline.document.service.DocumentStore;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/** Filed documents with size, SHA-256 and who filed them; each name downloads the file if the reader may. */
public class DocumentList extends Grid<DocumentInfo> {

    public DocumentList(String id, List<DocumentInfo> documents, DocumentStore store, Locale locale) {
        super(DocumentInfo.class, false);
        setId(id);
        addComponentColumn(d -> download(d, store)).setHeader("Document").setAutoWidth(true).setFlexGrow(1);
        addColumn(d -> d.purpose().label()).setHeader("Filed as").setAutoWidth(true);
        addColumn(d -> Formats.bytes(d.sizeBytes(), locale)).setHeader("Size").setAutoWidth(true);
        addComponentColumn(d -> {
            Span hash = new Span(d.sha256().substring(0, 16) + "…");
            hash.getElement().setAttribute("title", "SHA-256 " + d.sha256());
            hash.addClassName("mono");
            return hash;
        }).setHeader("SHA-256").setAutoWidth(true);
        addColumn(d -> d.uploadedBy() + ", " + Formats.dateTime(d.uploadedAt(), locale)).setHeader("Filed")
                .setAutoWidth(true).setFlexGrow(1);
        setWidthFull();
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setItems(documents);
        setEmptyStateText("No documents.");
    }

    private static Anchor download(DocumentInfo document, DocumentStore store) {
        Anchor link = new Anchor(new DocumentDownload(store, document.id()), document.fileName());
        link.getElement().setAttribute("download", true);
        link.setId("document-" + document.id());
        return link;
    }
}
