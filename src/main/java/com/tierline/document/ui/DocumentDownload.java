package com.tierline.document.ui;

import com.tierline.document.service.DocumentContent;
import com.tierline.document.service.DocumentStore;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Sends a filed document as an attachment, never for display: the browser is told not to guess the type
 * ({@code nosniff}) and, should it open the file anyway, to run nothing in it ({@code Content-Security-Policy:
 * sandbox}). Uploaded files come from outside; a polyglot that slipped past the checks still cannot act as a page.
 */
public class DocumentDownload implements DownloadHandler {

    static final String NOSNIFF = "nosniff";
    static final String SANDBOX = "sandbox";

    private final DocumentStore store;
    private final long documentId;

    public DocumentDownload(DocumentStore store, long documentId) {
        this.store = store;
        this.documentId = documentId;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        Optional<DocumentContent> content = store.content(documentId);
        if (content.isEmpty()) {
            // The same answer as for an unknown document: the reader may not learn that it exists.
            event.getResponse().setStatus(404);
            return;
        }
        DocumentContent document = content.get();
        event.getResponse().setHeader("X-Content-Type-Options", NOSNIFF);
        event.getResponse().setHeader("Content-Security-Policy", SANDBOX);
        event.setFileName(document.fileName());
        event.setContentType(document.contentType());
        event.setContentLength(document.bytes().length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(document.bytes());
        }
    }
}
