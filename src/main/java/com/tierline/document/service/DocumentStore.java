package com.tierline.document.service;

import com.tierline.document.domain.ActiveContent;
import com.tierline.document.domain.CaseDocument;
import com.tierline.document.domain.CaseDocumentRepository;
import com.tierline.document.domain.DocumentTypes;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.Sha256;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files and serves documents. Filing joins the caller's transaction, so a document is stored exactly when the
 * reply, appeal or draft it belongs to is, and its audit event with it. Readers: government roles see every
 * document; an exporter only their own organisation's, and anything else looks as if it did not exist.
 */
@Service
public class DocumentStore {

    private final CaseDocumentRepository documents;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;

    DocumentStore(CaseDocumentRepository documents, JdbcTemplate jdbc, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock,
            @Value("${tierline.documents.max-bytes:10485760}") long maxBytes) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Refuses what cannot be filed, before anything is stored; callers check all files first. Returns the type the
     * content was found to be.
     */
    public DocumentTypes.DetectedType check(DocumentUpload upload) {
        String name = DocumentTypes.safeFileName(upload.fileName());
        if (upload.fileName() != null && upload.fileName().indexOf('\0') >= 0) {
            // "report.exe<NUL>.pdf" is the classic trick for a name that means one thing and shows another.
            throw new DocumentRefusedException(name, "The name of " + name + " contains a NUL character; rename "
                    + "the file and choose it again.");
        }
        if (upload.content().length == 0) {
            throw new DocumentRefusedException(name, name + " is empty.");
        }
        if (upload.content().length > maxBytes) {
            throw new DocumentRefusedException(DocumentRefusedException.TOO_LARGE, name, name
                    + " is larger than the limit of " + maxMegabytes() + " MB.");
        }
        DocumentTypes.DetectedType type = DocumentTypes.detect(upload.content(), name).orElseThrow(() ->
                new DocumentRefusedException(DocumentRefusedException.UNSUPPORTED_TYPE, name, name
                        + " is not a PDF, an image (PNG, JPEG, GIF, TIFF) or an office document, judged by its "
                        + "content. Convert it to PDF and try again."));
        ActiveContent.find(upload.content(), type.mimeType()).ifPresent(marker -> {
            throw new DocumentRefusedException(name, name + " is a " + type.label() + " that also carries web-page "
                    + "or script content (" + marker + "), which a browser or reader could run. Save or print it "
                    + "to PDF again and upload that copy.");
        });
        if (!type.agreesWith(name)) {
            String ending = DocumentTypes.extension(name);
            throw new DocumentRefusedException(name, name + " is a " + type.label() + " by its content, but its "
                    + (ending.isEmpty() ? "name has no ending" : "name ends in " + ending) + ". Name it "
                    + String.join(" or ", type.extensions().subList(0, Math.min(2, type.extensions().size())))
                    + " and try again.");
        }
        return type;
    }

    /** The size limit in whole megabytes, as every message about it states it. */
    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    @RolesAllowed(Role.EXPORTER_)
    @Transactional(propagation = Propagation.MANDATORY)
    public List<DocumentInfo> file(DocumentOwner owner, List<DocumentUpload> uploads) {
        uploads.forEach(this::check);
        return uploads.stream().map(u -> file(owner, u)).toList();
    }

    private DocumentInfo file(DocumentOwner owner, DocumentUpload upload) {
        SignedInUser me = currentUser.require();
        String name = DocumentTypes.safeFileName(upload.fileName());
        DocumentTypes.DetectedType type = check(upload);
        String sha256 = Sha256.hex(upload.content());
        CaseDocument document = documents.saveAndFlush(new CaseDocument(owner.organisationId(),
                owner.caseReference(), owner.appealReference(), owner.rfiId(), owner.purpose(), name,
                type.mimeType(), upload.content().length, sha256, me.getUsername(), clock.instant()));
        jdbc.update("insert into case_document_content (document_id, content) values (?, ?)", document.getId(),
                upload.content());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("documentId", document.getId());
        payload.put("fileName", name);
        payload.put("contentType", type.mimeType());
        payload.put("sizeBytes", upload.content().length);
        payload.put("sha256", sha256);
        payload.put("purpose", owner.purpose().name());
        if (owner.appealReference() != null) {
            payload.put("appeal", owner.appealReference());
        }
        events.publishEvent(new AuditableAction(me.getUsername(), "document.uploaded", owner.caseReference(),
                payload));
        return DocumentInfo.of(document);
    }

    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public List<DocumentInfo> forCase(String caseReference) {
        return documents.findByCaseReferenceOrderByUploadedAtAscIdAsc(caseReference).stream()
                .filter(this::mayRead).map(DocumentInfo::of).toList();
    }

    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public List<DocumentInfo> forAppeal(String appealReference) {
        return documents.findByAppealReferenceOrderByUploadedAtAscIdAsc(appealReference).stream()
                .filter(this::mayRead).map(DocumentInfo::of).toList();
    }

    /** The evidence of several appeals in one query, by appeal reference (appeals without any are absent). */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public Map<String, List<DocumentInfo>> forAppeals(Collection<String> appealReferences) {
        if (appealReferences.isEmpty()) {
            return Map.of();
        }
        return documents.findByAppealReferenceInOrderByUploadedAtAscIdAsc(appealReferences).stream()
                .filter(this::mayRead).collect(Collectors.groupingBy(CaseDocument::getAppealReference,
                        Collectors.mapping(DocumentInfo::of, Collectors.toList())));
    }

    /** The bytes, if the caller may read the document; otherwise empty, exactly as for an unknown id. */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public Optional<DocumentContent> content(long documentId) {
        return documents.findById(documentId).filter(this::mayRead).map(d -> new DocumentContent(d.getFileName(),
                d.getContentType(), jdbc.queryForObject(
                        "select content from case_document_content where document_id = ?", byte[].class,
                        documentId)));
    }

    private boolean mayRead(CaseDocument document) {
        SignedInUser me = currentUser.require();
        if (me.has(Role.REVIEWER) || me.has(Role.SENIOR_REVIEWER) || me.has(Role.AUDITOR)) {
            return true;
        }
        return me.has(Role.EXPORTER) && document.getOrganisationId().equals(me.organisationId());
    }
}
