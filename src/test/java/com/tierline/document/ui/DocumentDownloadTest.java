package com.tierline.document.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.tierline.document.service.DocumentContent;
import com.tierline.document.service.DocumentStore;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A filed document goes to the browser as a download it may neither sniff nor run. */
class DocumentDownloadTest {

    final DocumentStore store = mock(DocumentStore.class);
    final VaadinResponse response = mock(VaadinResponse.class);
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    @Test
    void aDocumentIsSentAsAnAttachmentWithNosniffAndASandbox() throws Exception {
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        when(store.content(7L)).thenReturn(Optional.of(new DocumentContent("contract.pdf", "application/pdf", pdf)));
        when(response.getOutputStream()).thenReturn(body);

        new DocumentDownload(store, 7L).handleDownloadRequest(new DownloadEvent(null, response, null, null));

        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        verify(response).setHeader("Content-Security-Policy", "sandbox");
        verify(response).setHeader("Content-Disposition", "attachment; filename=\"contract.pdf\"");
        verify(response).setContentType("application/pdf");
        assertThat(body.toByteArray()).isEqualTo(pdf);
    }

    @Test
    void aDocumentTheReaderMayNotSeeIs404WithNothingSent() throws Exception {
        when(store.content(8L)).thenReturn(Optional.empty());

        new DocumentDownload(store, 8L).handleDownloadRequest(new DownloadEvent(null, response, null, null));

        verify(response).setStatus(404);
        verify(response, never()).getOutputStream();
    }
}
