package com.tierline.document.domain;

/** Why a document was filed; it decides where it is listed. */
public enum DocumentPurpose {
    APPLICATION("Supporting document"),
    RFI_RESPONSE("Reply to a request for information"),
    APPEAL_EVIDENCE("Appeal evidence");

    private final String label;

    DocumentPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
