package com.tierline.document.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tierline.document.service.DocumentRefusedException;
import com.tierline.document.service.DocumentUpload;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a person sees in the upload list when a file is refused, in the browser or after it arrived. */
class DocumentUploaderTest {

    static final long TEN_MB = 10L * 1024 * 1024;

    DocumentUploader uploader;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        uploader = new DocumentUploader("documents-upload", TEN_MB);
        UI.getCurrent().add(uploader);
        MockVaadin.clientRoundtrip();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aFileRefusedAfterItArrivedLosesItsTickAndTheReasonIsShown() {
        uploader.onUpload(upload -> {
            throw new DocumentRefusedException(upload.fileName(), "invoice.pdf is a PDF document that also carries "
                    + "web-page or script content (<script).");
        });

        uploader.received(new DocumentUpload("invoice.pdf", new byte[] {'%', 'P', 'D', 'F'}));

        assertThat(pendingScripts()).as("the browser's file list, with its success tick, is emptied")
                .anyMatch(js -> js.contains("this.files = []"));
        assertThat(error().isVisible()).isTrue();
        assertThat(error().getText()).contains("script content");
        assertThat(uploader.pending()).isEmpty();
    }

    @Test
    void aFileTheBrowserFindsTooLargeIsRefusedWithTheLimitInTheMessage() {
        Upload upload = (Upload) uploader.getChildren().filter(Upload.class::isInstance).findFirst().orElseThrow();
        String tooBig = upload.getI18n().getError().getFileIsTooBig();
        assertThat(tooBig).contains("larger than the limit of 10 MB");

        // What the browser sends when a chosen file is over the size set on the component.
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, tooBig, "scan.pdf"));

        assertThat(error().getText()).isEqualTo("scan.pdf: It is larger than the limit of 10 MB; make it smaller or "
                + "split it.");
    }

    private Span error() {
        return (Span) uploader.getChildren().filter(Span.class::isInstance).findFirst().orElseThrow();
    }

    private List<String> pendingScripts() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation().getExpression()).toList();
    }
}
