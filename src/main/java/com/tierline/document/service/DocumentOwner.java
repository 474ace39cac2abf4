package com.tierline.document.service;

import com.tierline.document.domain.DocumentPurpose;

/**
 * Where a document is filed. The calling service has already checked that the signed-in exporter may file there;
 * the organisation is the row rule for who may read it later.
 */
public record DocumentOwner(long organisationId, String caseReference, String appealReference, Long rfiId,
        DocumentPurpose purpose) {

    public static DocumentOwner application(long organisationId, String caseReference) {
        return new DocumentOwner(organisationId, caseReference, null, null, DocumentPurpose.APPLICATION);
    }

    public static DocumentOwner rfiReply(long organisationId, String caseReference, long rfiId) {
        return new DocumentOwner(organisationId, caseReference, null, rfiId, DocumentPurpose.RFI_RESPONSE);
    }

    public static DocumentOwner appeal(long organisationId, String caseReference, String appealReference) {
        return new DocumentOwner(organisationId, caseReference, appealReference, null,
                DocumentPurpose.APPEAL_EVIDENCE);
    }
}
