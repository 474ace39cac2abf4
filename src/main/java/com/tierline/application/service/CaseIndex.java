package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Small questions about cases that other features ask by id or destination, answered without their entities. */
@Service
public class CaseIndex {

    /** Filed and not yet finally decided. */
    static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENED,
            ApplicationStatus.UNDER_REVIEW, ApplicationStatus.PRESUMED_DENIAL, ApplicationStatus.AWAITING_EXPORTER,
            ApplicationStatus.ESCALATED, ApplicationStatus.APPEALED);

    private final LicenceApplicationRepository applications;

    CaseIndex(LicenceApplicationRepository applications) {
        this.applications = applications;
    }

    @RolesAllowed({Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public long openCasesTo(String country) {
        return applications.countByDestinationCountryAndStatusIn(country, OPEN);
    }

    /** The reference of a case known by its id, for features that hold only the id (an appeal of a denial). */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public String referenceOf(long applicationId) {
        return applications.findById(applicationId).map(a -> a.getReference())
                .orElseThrow(() -> new CaseNotFoundException(String.valueOf(applicationId)));
    }

    /** The id of a case the caller may see, or empty: the other way round. */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public java.util.Optional<Long> idOf(String reference) {
        return applications.findByReference(reference).map(a -> a.getId());
    }
}
