package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;

/** A case's status moved because its process reached {@code step}; published by the status mapping only. */
public record CaseStatusChanged(String reference, ApplicationStatus from, ApplicationStatus to, String process,
        String step) {
}
