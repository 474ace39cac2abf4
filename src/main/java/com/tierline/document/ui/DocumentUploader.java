package com.tierline.document.ui;

import com.tierline.document.service.DocumentRefusedException;
import com.tierline.document.service.DocumentUpload;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
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
        long megabytes = maxBytes / (1024 * 1024);
        // The browser refuses these before sending; its own words ("File is Too Big.") would not name the limit.
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig("It is larger than the limit of " + megabytes + " MB; make it smaller or split it.")
                .setIncorrectFileType("Only PDF, image (PNG, JPEG, GIF, TIFF) and office files can be filed.")
                .setTooManyFiles("Choose at most 10 files at a time.")));
        upload.addFileRejectedListener(e -> showError(e.getFileName() == null ? e.getErrorMessage()
                : e.getFileName() + ": " + e.getErrorMessage()));
        upload.setDropLabel(new Span("PDF, images or office files, up to " + megabytes + " MB each"));
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
        refuse(null);
    }

    /**
     * A file was refused after it arrived: the browser had already marked it uploaded, so the list is emptied
     * (no success tick stays next to a file that was not filed), nothing is kept, and the reason is shown.
     */
    public void refuse(String message) {
        pending.clear();
        upload.clearFileList();
        showError(message);
    }

    public void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    /** Also the entry point for browserless tests, which cannot drive the upload request itself. */
    public void received(DocumentUpload document) {
        showError(null);
        try {
            onUpload.accept(document);
        } catch (DocumentRefusedException refused) {
            refuse(refused.getMessage());
        }
    }
}
