package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case aggregate for the features that act on it (review, appeal, requests for information): the application feature owns its tables and
 * repositories, the others reach them only through here. Each method joins the caller's transaction, whose service
 * method carries the role check; a lock taken here lasts until that transaction ends.
 */
@Service
@Transactional
public class CaseRecords {

    private final LicenceApplicationRepository applications;

    CaseRecords(LicenceApplicationRepository applications) {
        this.applications = applications;
    }

    /** The case row locked for the rest of the transaction, so two officers acting at once go one after the other. */
    public Optional<LicenceApplication> lock(String reference) {
        return applications.lockByReference(reference);
    }

    public Optional<LicenceApplication> find(String reference) {
        return applications.findByReference(reference);
    }

    public Optional<LicenceApplication> find(long id) {
        return applications.findById(id);
    }

    public Page<LicenceApplication> inTeam(String teamCode, Collection<ApplicationStatus> statuses, Pageable page) {
        return applications.findByTeamCodeAndStatusIn(teamCode, statuses, page);
    }

    public long countInTeam(String teamCode, Collection<ApplicationStatus> statuses) {
        return applications.countByTeamCodeAndStatusIn(teamCode, statuses);
    }

    /** A queue's page: the queue's own conditions as a specification over the case. */
    public Page<LicenceApplication> matching(Specification<LicenceApplication> spec, Pageable page) {
        return applications.findAll(spec, page);
    }

    public long count(Specification<LicenceApplication> spec) {
        return applications.count(spec);
    }
}
