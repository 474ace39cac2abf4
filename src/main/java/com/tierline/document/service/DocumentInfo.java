package com.tierline.document.service;

import com.tierline.document.domain.CaseDocument;
import com.tierline.document.domain.DocumentPurpose;
import java.time.Instant;

/** What a reader sees of a filed document. */
public record DocumentInfo(long id, String caseReference, String appealReference, Long rfiId, DocumentPurpose purpose,
        String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

    static DocumentInfo of(CaseDocument d) {
        return new DocumentInfo(d.getId(), d.getCaseReference(), d.getAppealReference(), d.getRfiId(), d.getPurpose(),
                d.getFileName(), d.getContentType(), d.getSizeBytes(), d.getSha256(), d.getUploadedBy(),
                d.getUploadedAt());
    }
}
