package com.tierline.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseActionRefusedException;
import com.tierline.audit.domain.AuditEventRepository;
import com.tierline.document.service.DocumentInfo;
import com.tierline.document.service.DocumentRefusedException;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.service.DocumentUpload;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Filing documents on a draft: content checked, hashed, audited, readable only by those allowed to see the case. */
@TierlineIT
class DocumentsIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired ApplicationService applications;
    @Autowired DocumentStore documents;
    @Autowired AuditEventRepository auditEvents;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDocumentIsFiledWithItsHashAndAnAuditEventAndReadOnlyWithinTheOrganisation() throws Exception {
        SignIn.as(users, "exporter1");
        String reference = applications.saveDraft(null, Drafts.h100s("AE"));
        List<DocumentInfo> filed = applications.attachDocuments(reference,
                List.of(new DocumentUpload("../../contract.pdf", PDF)));
        DocumentInfo document = filed.get(0);
        assertThat(document.fileName()).isEqualTo("contract.pdf");
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.sizeBytes()).isEqualTo(PDF.length);
        assertThat(document.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(auditEvents.findByCaseReferenceOrderBySequence(reference))
                .anySatisfy(e -> {
                    assertThat(e.getAction()).isEqualTo("document.uploaded");
                    assertThat(e.getPayload()).contains(document.sha256());
                });

        SignIn.as(users, "exporter2");
        assertThat(documents.content(document.id())).hasValueSatisfying(c -> assertThat(c.bytes()).isEqualTo(PDF));
        SignIn.as(users, "exporter3");
        assertThat(documents.forCase(reference)).isEmpty();
        assertThat(documents.content(document.id())).as("another organisation's document looks unknown").isEmpty();
        SignIn.as(users, "auditor1");
        assertThat(documents.forCase(reference)).extracting(DocumentInfo::fileName).containsExactly("contract.pdf");
    }

    @Test
    void aRenamedNonDocumentIsRefusedAndNothingOfTheBatchIsStored() {
        SignIn.as(users, "exporter1");
        String reference = applications.saveDraft(null, Drafts.h100s("AE"));
        Integer before = jdbc.queryForObject("select count(*) from case_document", Integer.class);
        assertThatThrownBy(() -> applications.attachDocuments(reference, List.of(
                new DocumentUpload("good.pdf", PDF),
                new DocumentUpload("invoice.pdf", "MZ this is a program".getBytes(StandardCharsets.US_ASCII)))))
                .isInstanceOf(DocumentRefusedException.class)
                .hasMessageContaining("invoice.pdf is not a PDF, an image");
        assertThatThrownBy(() -> applications.attachDocuments(reference, List.of(new DocumentUpload("empty.pdf",
                new byte[0])))).hasMessage("empty.pdf is empty.");
        assertThat(jdbc.queryForObject("select count(*) from case_document", Integer.class)).isEqualTo(before);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInTheMessage() {
        SignIn.as(users, "exporter1");
        String reference = applications.saveDraft(null, Drafts.h100s("AE"));
        byte[] big = new byte[(int) documents.maxBytes() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> applications.attachDocuments(reference, List.of(new DocumentUpload("big.pdf", big))))
                .isInstanceOf(DocumentRefusedException.class).hasMessage("big.pdf is larger than the limit of 10 MB.");
    }

    @Test
    void documentsCannotBeAddedToAnotherOrganisationsDraftOrToASubmittedCase() {
        SignIn.as(users, "exporter1");
        String reference = applications.saveDraft(null, Drafts.h100s("AE"));
        SignIn.as(users, "exporter3");
        assertThatThrownBy(() -> applications.attachDocuments(reference, List.of(new DocumentUpload("x.pdf", PDF))))
                .isInstanceOf(com.tierline.application.service.CaseNotFoundException.class);
        SignIn.as(users, "exporter1");
        applications.submit(reference);
        assertThatThrownBy(() -> applications.attachDocuments(reference, List.of(new DocumentUpload("x.pdf", PDF))))
                .isInstanceOf(CaseActionRefusedException.class).hasMessageContaining("request for information");
    }
}
