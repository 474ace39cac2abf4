package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.Role;
import com.tierline.shared.PlainText;
import com.tierline.shared.Refusal;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks of a user's particulars that need no database: format, and which roles go with what. */
final class UserFields {

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    private UserFields() {
    }

    static List<Refusal> check(UserAdministration.UserForm form, boolean creating) {
        List<Refusal> refusals = new ArrayList<>();
        if (creating && (form.username() == null || !USERNAME.matcher(form.username()).matches())) {
            refusals.add(new Refusal("user.username-format", UserAdministration.USERNAME, "A user name has 3 to 64 "
                    + "characters: lower-case letters, digits, dots, hyphens or underscores, starting with a letter."));
        }
        String name = form.displayName() == null ? "" : form.displayName().strip();
        if (name.isEmpty() || name.length() > 200) {
            refusals.add(new Refusal("user.name-missing", UserAdministration.DISPLAY_NAME,
                    "Give the person's name (up to 200 characters)."));
        } else {
            PlainText.problem(name, false).ifPresent(p -> refusals.add(new Refusal("user.name-not-plain-text",
                    UserAdministration.DISPLAY_NAME, p)));
        }
        if (!validEmail(AppUser.normaliseEmail(form.email()))) {
            refusals.add(new Refusal("user.email-format", UserAdministration.EMAIL,
                    "Give an e-mail address such as name@example.org: set-password and reset links go there."));
        }
        refusals.addAll(roles(form));
        return refusals;
    }

    private static List<Refusal> roles(UserAdministration.UserForm form) {
        Set<Role> roles = form.roles() == null ? Set.of() : form.roles();
        if (roles.isEmpty()) {
            return List.of(new Refusal("user.no-role", UserAdministration.ROLES, "Give the user at least one role."));
        }
        List<Refusal> refusals = new ArrayList<>();
        boolean staff = roles.stream().anyMatch(Role::isStaff);
        boolean exporterSide = roles.stream().anyMatch(r -> !r.isStaff());
        if (staff && exporterSide) {
            refusals.add(new Refusal("user.staff-and-exporter", UserAdministration.ROLES, "A user works either for "
                    + "the authority or for an exporter: " + Role.labels(roles) + " cannot go together."));
        }
        if (exporterSide && form.organisationId() == null) {
            refusals.add(new Refusal("user.organisation-missing", UserAdministration.ORGANISATION,
                    "An exporter or organisation administrator needs the organisation they act for."));
        }
        if (staff && form.organisationId() != null) {
            refusals.add(new Refusal("user.staff-with-organisation", UserAdministration.ORGANISATION,
                    "The authority's staff belong to no exporting organisation; leave it empty."));
        }
        if (roles.stream().anyMatch(Role::needsTeam) && form.teamCode() == null) {
            refusals.add(new Refusal("user.team-missing", UserAdministration.TEAM,
                    "A reviewer or senior reviewer needs the team whose queue they work from."));
        }
        return refusals;
    }

    private static boolean validEmail(String email) {
        if (email == null || email.length() > 254) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(email, true);
            // A bare address with a dotted domain: no "Name <...>" form, no local host names.
            return address.getAddress().equals(email) && email.substring(email.indexOf('@') + 1).contains(".");
        } catch (AddressException invalid) {
            return false;
        }
    }
}
