package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.history.service.VisibleCases;
import com.tierline.identity.service.SignedInUser;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case aggregate's answer to the history's question "may this reader see this case?" (row-level rule). */
@Component
class CaseVisibility implements VisibleCases {

    private final LicenceApplicationRepository applications;

    CaseVisibility(LicenceApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String reference, SignedInUser reader, boolean asExporter) {
        Optional<LicenceApplication> found = asExporter
                ? applications.findByReferenceAndOrganisationId(reference, reader.organisationId())
                : applications.findByReference(reference).filter(a -> a.getStatus() != ApplicationStatus.DRAFT);
        return found.map(LicenceApplication::getId);
    }
}
