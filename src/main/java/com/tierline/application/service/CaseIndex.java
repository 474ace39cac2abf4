package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
    private final CurrentUser currentUser;

    CaseIndex(LicenceApplicationRepository applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
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

    /**
     * The references of cases known by id, read in one query (an exporter's list of appeals names each case);
     * an exporter gets only its own organisation's, the ids of other cases are left out.
     */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public Map<Long, String> referencesOf(Collection<Long> ids) {
        SignedInUser me = currentUser.require();
        boolean exporter = !(me.has(Role.REVIEWER) || me.has(Role.SENIOR_REVIEWER) || me.has(Role.AUDITOR));
        return applications.findAllById(ids).stream()
                .filter(a -> !exporter || a.getOrganisation().getId().equals(me.organisationId()))
                .collect(Collectors.toMap(LicenceApplication::getId, LicenceApplication::getReference));
    }
}
