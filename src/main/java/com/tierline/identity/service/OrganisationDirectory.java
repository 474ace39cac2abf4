package com.tierline.identity.service;

import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exporting organisations and the validated-end-user status an administrator grants them. */
@Service
public class OrganisationDirectory {

    public record OrganisationSummary(Long id, String name, String country, String veuStatus) {
    }

    static final Set<String> VEU_STATUSES = Set.of("UNIVERSAL", "NATIONAL");

    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    OrganisationDirectory(OrganisationRepository organisations, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The signed-in exporter's own organisation: the one its drafts and filings belong to, and no other. */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional(readOnly = true)
    public Organisation callersOrganisation() {
        return organisations.getReferenceById(currentUser.require().organisationId());
    }

    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public List<OrganisationSummary> list() {
        return organisations.findAll(Sort.by("name")).stream()
                .map(o -> new OrganisationSummary(o.getId(), o.getName(), o.getCountry(), o.getVeuType())).toList();
    }

    /** Grants "UNIVERSAL" or "NATIONAL" validated-end-user status, or withdraws it with null. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public void setVeuStatus(Long organisationId, String status) {
        if (status != null && !VEU_STATUSES.contains(status)) {
            throw new IllegalArgumentException("VEU status must be UNIVERSAL, NATIONAL or none");
        }
        Organisation organisation = organisations.findById(organisationId).orElseThrow();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("organisation", organisation.getName());
        payload.put("from", String.valueOf(organisation.getVeuType()));
        payload.put("to", String.valueOf(status));
        organisation.grantVeu(status);
        events.publishEvent(new AuditableAction(currentUser.actorName(), "organisation.veu-status", null, payload));
    }
}
