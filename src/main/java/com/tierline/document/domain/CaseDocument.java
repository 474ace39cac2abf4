package com.tierline.document.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A filed document's metadata. The bytes live in {@code case_document_content} and are read only on download.
 * Documents are never changed or deleted: what was filed stays filed, identified by its SHA-256.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    private String caseReference;
    private String appealReference;
    private Long rfiId;
    @Enumerated(EnumType.STRING)
    private DocumentPurpose purpose;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String uploadedBy;
    private Instant uploadedAt;

    protected CaseDocument() {
    }

    public CaseDocument(Long organisationId, String caseReference, String appealReference, Long rfiId,
            DocumentPurpose purpose, String fileName, String contentType, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
        this.organisationId = organisationId;
        this.caseReference = caseReference;
        this.appealReference = appealReference;
        this.rfiId = rfiId;
        this.purpose = purpose;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public String getAppealReference() {
        return appealReference;
    }

    public Long getRfiId() {
        return rfiId;
    }

    public DocumentPurpose getPurpose() {
        return purpose;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
