package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.OrganisationStatus;
import com.tierline.identity.domain.Role;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.notification.service.Mailer;
import com.tierline.notification.service.Notifications;
import com.tierline.notification.service.Notifications.Notice;
import com.tierline.notification.service.Notifications.Recipient;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations that register themselves: PENDING with their first user (organisation administrator and exporter)
 * until an administrator approves or refuses them. Until then that user signs in to a status page only.
 */
@Service
public class OrganisationRegistrations {

    public record Registration(String organisation, String country, String headquarters, String registrationNumber,
            String name, String email, String username, String password) {
    }

    /** A pending registration as an administrator reviews it. */
    public record PendingRegistration(Long organisationId, String organisation, String country, String headquarters,
            String registrationNumber, String applicant, String applicantEmail, String username) {
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final OrganisationRepository organisations;
    private final AppUserRepository users;
    private final AccountFields fields;
    private final PasswordEncoder encoder;
    private final PublicFormThrottle throttle;
    private final Mailer mailer;
    private final Notifications notifications;
    private final LinkTokens links;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    OrganisationRegistrations(OrganisationRepository organisations, AppUserRepository users, AccountFields fields,
            PasswordEncoder encoder, PublicFormThrottle throttle, Mailer mailer,
            Notifications notifications, LinkTokens links,
            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.users = users;
        this.fields = fields;
        this.encoder = encoder;
        this.throttle = throttle;
        this.mailer = mailer;
        this.notifications = notifications;
        this.links = links;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Anyone may register; every field is checked before anything is saved. */
    @PermitAll
    @Transactional
    public void register(Registration r, String clientAddress) {
        List<Refusal> refusals = new ArrayList<>();
        AccountFields.text(refusals, r.organisation(), "organisation", "the organisation's name", 200);
        if (refusals.isEmpty() && organisations.existsByNameIgnoreCase(r.organisation().strip())) {
            refusals.add(new Refusal("organisation.taken", "organisation", "An organisation of this name is "
                    + "registered already. If it is yours, ask its administrator to invite you."));
        }
        if (r.country() == null || !COUNTRIES.contains(r.country())) {
            refusals.add(new Refusal("required", "country", "Choose the country where the organisation is "
                    + "registered."));
        }
        AccountFields.text(refusals, r.headquarters(), "headquarters", "the address of the headquarters", 200);
        AccountFields.text(refusals, r.registrationNumber(), "registrationNumber",
                "the company registration number", 64);
        AccountFields.text(refusals, r.name(), "name", "your name", 200);
        fields.newEmail(refusals, r.email(), "email");
        fields.newUsername(refusals, r.username(), "username");
        fields.password(refusals, r.password(), r.username(), r.email(), "password");
        if (!refusals.isEmpty()) {
            throw new AccountRefusedException(refusals);
        }
        // Counted only for registrations that would be saved, so that correcting a typo costs nothing.
        if (!throttle.tryAcquire(PublicFormThrottle.Form.REGISTRATION, clientAddress)) {
            throw new AccountRefusedException(List.of(Refusal.of("registration.throttled", "There have been too "
                    + "many registrations from your network in the last hour. Try again later.")));
        }
        Organisation organisation = organisations.save(new Organisation(r.organisation().strip(), r.country())
                .registeredAs(r.headquarters().strip(), r.registrationNumber().strip()));
        organisation.changeStatus(OrganisationStatus.PENDING, null);
        String username = r.username().strip();
        users.save(new AppUser(username, encoder.encode(r.password()), r.name().strip(),
                Set.of(Role.ORG_ADMIN, Role.EXPORTER)).inOrganisation(organisation).withEmail(r.email()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("organisation", organisation.getName());
        payload.put("country", organisation.getCountry());
        payload.put("registrationNumber", organisation.getRegistrationNumber());
        payload.put("administrator", username);
        events.publishEvent(new AuditableAction(username, "organisation.registered", null, payload));
        mailer.send(AppUser.normaliseEmail(r.email()), "registration-received", Map.of("name", r.name().strip(),
                "organisation", organisation.getName(), "username", username));
    }

    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public List<PendingRegistration> pending() {
        return organisations.findByStatusOrderByIdAsc(OrganisationStatus.PENDING).stream().map(o -> {
            AppUser first = firstAdministrator(o);
            return new PendingRegistration(o.getId(), o.getName(), o.getCountry(), o.getHeadquarters(),
                    o.getRegistrationNumber(), first == null ? "" : first.getDisplayName(),
                    first == null ? "" : first.getEmail(), first == null ? "" : first.getUsername());
        }).toList();
    }

    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public void approve(Long organisationId) {
        Organisation organisation = pendingOrganisation(organisationId);
        organisation.changeStatus(OrganisationStatus.APPROVED, null);
        decided(organisation, "organisation.approved", null, NotificationKind.ORGANISATION_APPROVED);
    }

    /** The reason is required: the applicant reads it on the status page and in the mail. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public void refuse(Long organisationId, String reason) {
        List<Refusal> refusals = new ArrayList<>();
        AccountFields.text(refusals, reason, "reason", "the reason the applicant will read", 1000);
        if (!refusals.isEmpty()) {
            throw new AccountRefusedException(refusals);
        }
        Organisation organisation = pendingOrganisation(organisationId);
        organisation.changeStatus(OrganisationStatus.REFUSED, reason.strip());
        decided(organisation, "organisation.refused", reason.strip(), NotificationKind.ORGANISATION_REFUSED);
    }

    /** Everyone of the organisation is told, in the app and (unless they chose otherwise) by e-mail. */
    private void decided(Organisation organisation, String action, String reason, NotificationKind kind) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("organisation", organisation.getName());
        if (reason != null) {
            payload.put("reason", reason);
        }
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, null, payload));
        for (AppUser person : users.findByOrganisationIdOrderByUsernameAsc(organisation.getId())) {
            notifications.notify(new Notice(List.of(new Recipient(person.getUsername(), person.getEmail())), kind,
                    null, Map.of("name", person.getDisplayName(), "organisation", organisation.getName(),
                            "username", person.getUsername(), "link", links.link("login"),
                            "reason", reason == null ? "" : reason), null));
        }
    }

    private Organisation pendingOrganisation(Long organisationId) {
        Organisation organisation = organisations.findById(organisationId).orElseThrow(
                () -> new AccountRefusedException("registration.unknown", null, "There is no such registration."));
        if (organisation.getStatus() != OrganisationStatus.PENDING) {
            throw new AccountRefusedException("registration.decided", null, "This registration has been decided "
                    + "already (perhaps by another administrator just now).");
        }
        return organisation;
    }

    private AppUser firstAdministrator(Organisation organisation) {
        return users.findByOrganisationIdOrderByUsernameAsc(organisation.getId()).stream()
                .filter(u -> u.getRoles().contains(Role.ORG_ADMIN)).findFirst().orElse(null);
    }
}
