package com.tierline.application.domain;

import jakarta.persistence.Embeddable;
/** Who at the exporter answers questions about this application. Every part may be missing in a draft. */
@Embeddable
public record ApplicantContact(String name, String email, String phone) {

    public static final ApplicantContact NONE = new ApplicantContact(null, null, null);
}
