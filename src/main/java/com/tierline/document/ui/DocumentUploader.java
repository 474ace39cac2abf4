package com.tierline.document.ui;

import com.tierline.document.service.DocumentUpload;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks files and hands each one, complete, to whoever owns the form: either at once ({@code onUpload}) or kept
 * until the form is sent ({@link #pending()}). The browser's type and size checks are a courtesy; the document
 * store decides by content.
 */
public class DocumentUploader extends VerticalLayout {

    static final String[] ACCEPTED = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".doc", ".docx",
            ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", "application/pdf", "image/*"};

    private final List<DocumentUpload> pending = new ArrayList<>();
    private final Upload upload;
    private final Span error = new Span();
    private SerializableConsumer<DocumentUpload> onUpload = pending::add;

    public DocumentUploader(String id, long maxBytes) {
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(
                new DocumentUpload(metadata.fileName(), bytes))));
        upload.setId(id);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(10);
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        upload.setDropLabel(new Span("PDF, images or office files, up to " + (maxBytes / (1024 * 1024))
                + " MB each"));
        error.addClassName("field-error");
        error.setVisible(false);
        setPadding(false);
        setSpacing(false);
        add(upload, error);
    }

    /** Hands each file over as soon as it has arrived instead of keeping it for {@link #pending()}. */
    public void onUpload(SerializableConsumer<DocumentUpload> handler) {
        this.onUpload = handler;
    }

    /** The files received since the last {@link #clear()}, for forms that file them on sending. */
    public List<DocumentUpload> pending() {
        return List.copyOf(pending);
    }

    public void clear() {
        pending.clear();
        upload.clearFileList();
        showError(null);
    }

    public void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    /** Also the entry point for browserless tests, which cannot drive the upload request itself. */
    public void received(DocumentUpload document) {
        showError(null);
        onUpload.accept(document);
    }
}
