package com.tierline.identity.service;

import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.OrganisationStatus;
import com.tierline.identity.domain.Role;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.ConcurrentChange;
import com.tierline.shared.PlainText;
import com.tierline.shared.Refusal;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators correct an organisation's particulars and deactivate or reactivate it. (Approving or refusing a
 * registration is onboarding's; validated-end-user status stays with {@link OrganisationDirectory}.)
 */
@Service
@RolesAllowed(Role.ADMIN_)
public class OrganisationAdministration {

    public static final String NAME = "name";
    public static final String COUNTRY = "country";
    public static final String HEADQUARTERS = "headquarters";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String REASON = "reason";
    static final int MIN_REASON_LENGTH = 10;
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public record OrganisationForm(String name, String country, String headquarters, String registrationNumber) {
    }

    public record OrganisationRow(Long id, String name, String country, String headquarters,
            String registrationNumber, OrganisationStatus status, String statusReason, String veuStatus,
            long version) {
    }

    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    OrganisationAdministration(OrganisationRepository organisations, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<OrganisationRow> list() {
        return organisations.findAll(Sort.by("name")).stream().map(o -> new OrganisationRow(o.getId(), o.getName(),
                o.getCountry(), o.getHeadquarters(), o.getRegistrationNumber(), o.getStatus(), o.getStatusReason(),
                o.getVeuType(), o.getVersion())).toList();
    }

    @Transactional
    public void edit(Long id, OrganisationForm form, long version) {
        Organisation organisation = require(id, version);
        List<Refusal> refusals = new ArrayList<>();
        String name = text(form.name(), NAME, 200, true, "Give the organisation's registered name", refusals);
        if (!name.isEmpty() && organisations.findByName(name).filter(o -> o != organisation).isPresent()) {
            refusals.add(new Refusal("organisation.name-taken", NAME, "Another organisation is registered as "
                    + name + "."));
        }
        String country = form.country() == null ? "" : form.country().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            refusals.add(new Refusal("organisation.country-unknown", COUNTRY, "Choose the country the organisation "
                    + "is based in from the list."));
        }
        String headquarters = text(form.headquarters(), HEADQUARTERS, 200, false, "", refusals);
        String registration = text(form.registrationNumber(), REGISTRATION_NUMBER, 64, false, "", refusals);
        if (!refusals.isEmpty()) {
            throw new AdministrationRefusedException(refusals);
        }
        String before = describe(organisation);
        organisation.describe(name, country, headquarters.isEmpty() ? null : headquarters,
                registration.isEmpty() ? null : registration);
        String after = describe(organisation);
        if (!before.equals(after)) {
            audit("organisation.changed", Map.of("organisation", name, "before", before, "after", after));
        }
    }

    /** Its users can no longer sign in or file (onboarding enforces that by status); the reason is shown to them. */
    @Transactional
    public void deactivate(Long id, String reason, long version) {
        Organisation organisation = require(id, version);
        if (organisation.getStatus() != OrganisationStatus.APPROVED) {
            throw new AdministrationRefusedException("organisation.not-approved", organisation.getName() + " is "
                    + organisation.getStatus().label().toLowerCase(Locale.ROOT) + "; only an approved organisation "
                    + "can be deactivated.");
        }
        List<Refusal> refusals = new ArrayList<>();
        String trimmed = text(reason, REASON, 1000, true, "Give the reason the organisation will read", refusals);
        if (refusals.isEmpty() && trimmed.length() < MIN_REASON_LENGTH) {
            refusals.add(new Refusal("organisation.reason-too-short", REASON, "Give the reason the organisation "
                    + "will read, of at least " + MIN_REASON_LENGTH + " characters."));
        }
        if (!refusals.isEmpty()) {
            throw new AdministrationRefusedException(refusals);
        }
        organisation.changeStatus(OrganisationStatus.DEACTIVATED, trimmed);
        audit("organisation.deactivated", Map.of("organisation", organisation.getName(), "reason", trimmed));
    }

    @Transactional
    public void reactivate(Long id, long version) {
        Organisation organisation = require(id, version);
        if (organisation.getStatus() != OrganisationStatus.DEACTIVATED) {
            throw new AdministrationRefusedException("organisation.not-deactivated", organisation.getName()
                    + " is not deactivated.");
        }
        organisation.changeStatus(OrganisationStatus.APPROVED, null);
        audit("organisation.reactivated", Map.of("organisation", organisation.getName()));
    }

    private Organisation require(Long id, long version) {
        Organisation organisation = (id == null ? java.util.Optional.<Organisation>empty() : organisations.findById(id))
                .orElseThrow(() -> new AdministrationRefusedException("organisation.unknown",
                        "That organisation no longer exists."));
        if (organisation.getVersion() != version) {
            throw new AdministrationRefusedException("organisation.changed-meanwhile",
                    ConcurrentChange.of(organisation.getName()));
        }
        return organisation;
    }

    /** Trimmed plain text of at most {@code max} characters; "" when optional and empty. */
    private static String text(String value, String field, int max, boolean required, String missing,
            List<Refusal> refusals) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() && required) {
            refusals.add(new Refusal("organisation." + field + "-missing", field, missing + "."));
        } else if (trimmed.length() > max) {
            refusals.add(new Refusal("organisation." + field + "-too-long", field, "Keep it to " + max
                    + " characters (it has " + trimmed.length() + ")."));
        } else if (!trimmed.isEmpty()) {
            PlainText.problem(trimmed, REASON.equals(field)).ifPresent(p -> refusals.add(new Refusal(
                    "organisation." + field + "-not-plain-text", field, p)));
        }
        return trimmed;
    }

    private static String describe(Organisation o) {
        return "name " + o.getName() + "; country " + new Locale("", o.getCountry()).getDisplayCountry(Locale.UK)
                + "; headquarters " + (o.getHeadquarters() == null ? "not given" : o.getHeadquarters())
                + "; registration number " + (o.getRegistrationNumber() == null ? "not given"
                        : o.getRegistrationNumber());
    }

    private void audit(String action, Map<String, ?> payload) {
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, null, payload));
    }
}
