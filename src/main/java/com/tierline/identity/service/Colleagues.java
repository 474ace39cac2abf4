package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Invitation;
import com.tierline.identity.domain.InvitationRepository;
import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.notification.service.Mailer;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation administrator's colleagues: listed, invited by e-mail, deactivated. Every method works on the
 * caller's own organisation only (row level): a user name of another organisation is answered as unknown.
 */
@Service
public class Colleagues {

    /** {@code you}: the caller itself, who may not deactivate its own account. */
    public record Colleague(String username, String name, String email, boolean organisationAdmin, boolean active,
            boolean you) {
    }

    public record OpenInvitation(String name, String email, boolean organisationAdmin, Instant expiresAt) {
    }

    /** What the invitation page shows before the colleague chooses a user name and password. */
    public record InvitationDetails(String name, String email, String organisation) {
    }

    static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'",
            java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final AppUserRepository users;
    private final OrganisationRepository organisations;
    private final InvitationRepository invitations;
    private final AccountFields fields;
    private final PasswordEncoder encoder;
    private final LinkTokens tokens;
    private final Mailer mailer;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Colleagues(AppUserRepository users, OrganisationRepository organisations, InvitationRepository invitations,
            AccountFields fields, PasswordEncoder encoder, LinkTokens tokens, Mailer mailer, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.invitations = invitations;
        this.fields = fields;
        this.encoder = encoder;
        this.tokens = tokens;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(Role.ORG_ADMIN_)
    @Transactional(readOnly = true)
    public List<Colleague> list() {
        SignedInUser caller = currentUser.require();
        return users.findByOrganisationIdOrderByUsernameAsc(caller.organisationId()).stream()
                .map(u -> new Colleague(u.getUsername(), u.getDisplayName(), u.getEmail() == null ? "" : u.getEmail(),
                        u.getRoles().contains(Role.ORG_ADMIN), u.isEnabled(),
                        u.getUsername().equals(caller.getUsername()))).toList();
    }

    @RolesAllowed(Role.ORG_ADMIN_)
    @Transactional(readOnly = true)
    public List<OpenInvitation> openInvitations() {
        Instant now = clock.instant();
        return invitations.findByOrganisationIdAndAcceptedAtIsNullOrderByCreatedAtDesc(ownOrganisation()).stream()
                .filter(i -> i.openAt(now))
                .map(i -> new OpenInvitation(i.getDisplayName(), i.getEmail(), i.isOrganisationAdmin(),
                        i.getExpiresAt())).toList();
    }

    /** Mails the colleague a single-use link that works for 24 hours; only its hash is stored. */
    @RolesAllowed(Role.ORG_ADMIN_)
    @Transactional
    public void invite(String name, String email, boolean organisationAdmin) {
        List<Refusal> refusals = new ArrayList<>();
        AccountFields.text(refusals, name, "name", "the colleague's name", 200);
        fields.newEmail(refusals, email, "email");
        if (!refusals.isEmpty()) {
            throw new AccountRefusedException(refusals);
        }
        SignedInUser inviter = currentUser.require();
        Organisation organisation = organisations.getReferenceById(inviter.organisationId());
        Instant now = clock.instant();
        LinkTokens.Issued token = tokens.issue();
        Invitation invitation = invitations.save(new Invitation(token.hash(), organisation, email, name.strip(),
                organisationAdmin, inviter.getUsername(), now, now.plus(tokens.lifetime())));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("organisation", organisation.getName());
        payload.put("email", invitation.getEmail());
        payload.put("roles", organisationAdmin ? "EXPORTER, ORG_ADMIN" : "EXPORTER");
        events.publishEvent(new AuditableAction(inviter.getUsername(), "colleague.invited", null, payload));
        mailer.send(invitation.getEmail(), "invitation", Map.of("name", invitation.getDisplayName(), "inviter",
                inviter.displayName(), "organisation", organisation.getName(),
                "link", tokens.link("invitation?token=" + token.token()),
                "expires", EXPIRY.format(invitation.getExpiresAt())));
    }

    /** Ends a colleague's access. Not oneself (an organisation would lock out its last administrator). */
    @RolesAllowed(Role.ORG_ADMIN_)
    @Transactional
    public void deactivate(String username) {
        SignedInUser caller = currentUser.require();
        AppUser colleague = users.findByUsername(username)
                .filter(u -> u.getOrganisation() != null && u.getOrganisation().getId().equals(caller.organisationId()))
                .orElseThrow(() -> new AccountRefusedException("colleague.unknown", null,
                        "There is no colleague " + username + " in your organisation."));
        if (colleague.getUsername().equals(caller.getUsername())) {
            throw new AccountRefusedException("colleague.self", null, "You cannot deactivate your own account; "
                    + "ask another administrator of your organisation.");
        }
        if (!colleague.isEnabled()) {
            return;
        }
        colleague.disable();
        events.publishEvent(new AuditableAction(caller.getUsername(), "colleague.deactivated", null,
                Map.of("organisation", caller.organisationName(), "user", colleague.getUsername())));
        // As an administrator's deactivation does: the colleague's open browser sessions end now, not at sign-out.
        events.publishEvent(new UserDeactivated(colleague.getUsername(), null));
    }

    /** The invitation behind a link, if it is still open; empty for a used, expired or unknown link. */
    @PermitAll
    @Transactional
    public Optional<InvitationDetails> invitation(String token) {
        return open(token).map(i -> new InvitationDetails(i.getDisplayName(), i.getEmail(),
                i.getOrganisation().getName()));
    }

    /** The colleague chooses a user name and password; the link is used up. */
    @PermitAll
    @Transactional
    public void accept(String token, String username, String password) {
        Invitation invitation = open(token).orElseThrow(() -> new AccountRefusedException("invitation.closed", null,
                "This invitation link has been used already, has expired or is not known. Ask your organisation's "
                        + "administrator for a new one."));
        List<Refusal> refusals = new ArrayList<>();
        fields.newUsername(refusals, username, "username");
        fields.password(refusals, password, username, invitation.getEmail(), "password");
        if (refusals.isEmpty() && users.existsByEmail(invitation.getEmail())) {
            refusals.add(Refusal.of("email.taken", "An account with " + invitation.getEmail() + " exists already."));
        }
        if (!refusals.isEmpty()) {
            throw new AccountRefusedException(refusals);
        }
        Set<Role> roles = invitation.isOrganisationAdmin() ? EnumSet.of(Role.EXPORTER, Role.ORG_ADMIN)
                : EnumSet.of(Role.EXPORTER);
        String name = username.strip();
        users.save(new AppUser(name, encoder.encode(password), invitation.getDisplayName(), roles)
                .inOrganisation(invitation.getOrganisation()).withEmail(invitation.getEmail()));
        invitation.accept(name, clock.instant());
        events.publishEvent(new AuditableAction(name, "colleague.joined", null, Map.of("organisation",
                invitation.getOrganisation().getName(), "invitedBy", invitation.getInvitedBy())));
    }

    private Optional<Invitation> open(String token) {
        Instant now = clock.instant();
        return invitations.findByTokenHash(LinkTokens.hash(token)).filter(i -> i.openAt(now));
    }

    private Long ownOrganisation() {
        return currentUser.require().organisationId();
    }
}
