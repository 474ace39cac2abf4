package com.tierline.application.domain;

/** Who at the exporter answers questions about this application. Every part may be missing in a draft. */
public record ApplicantContact(String name, String email, String phone) {

    public static final ApplicantContact NONE = new ApplicantContact(null, null, null);
}
