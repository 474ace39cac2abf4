package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.shared.PlainText;
import com.tierline.shared.Refusal;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The checks that registration and invitations share: names, e-mail addresses, user names, passwords. */
@Component
class AccountFields {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    private final AppUserRepository users;
    private final PasswordPolicy policy;

    AccountFields(AppUserRepository users, PasswordPolicy policy) {
        this.users = users;
        this.policy = policy;
    }

    /** A required single-line text of at most {@code max} characters; adds a refusal about {@code field}. */
    static void text(List<Refusal> refusals, String value, String field, String what, int max) {
        if (value == null || value.isBlank()) {
            refusals.add(new Refusal("required", field, "Enter " + what + "."));
        } else if (value.strip().length() > max) {
            refusals.add(new Refusal("too-long", field, "Use at most " + max + " characters for " + what + "."));
        } else {
            PlainText.problem(value, false).ifPresent(p -> refusals.add(new Refusal("unprintable", field, p)));
        }
    }

    /** A well-formed address that no account has yet. */
    void newEmail(List<Refusal> refusals, String email, String field) {
        if (email == null || email.isBlank()) {
            refusals.add(new Refusal("required", field, "Enter an e-mail address."));
            return;
        }
        if (!wellFormed(email.strip())) {
            refusals.add(new Refusal("email.malformed", field, "This is not an e-mail address (like "
                    + "name@example.com)."));
        } else if (users.existsByEmail(AppUser.normaliseEmail(email))) {
            refusals.add(new Refusal("email.taken", field, "An account with this e-mail address exists already. "
                    + "Sign in, or use \"Forgot your password?\" on the sign-in page."));
        }
    }

    void newUsername(List<Refusal> refusals, String username, String field) {
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            refusals.add(new Refusal("username.malformed", field, "Use 3 to 64 letters, digits, dots, hyphens or "
                    + "underscores for the user name."));
        } else if (users.existsByUsernameIgnoreCase(username.strip())) {
            refusals.add(new Refusal("username.taken", field, "This user name is taken. Choose another."));
        }
    }

    void password(List<Refusal> refusals, String password, String username, String email, String field) {
        policy.check(password, username, email, field).ifPresent(refusals::add);
    }

    static boolean wellFormed(String email) {
        if (email.length() > 254 || !email.contains("@") || email.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(email, true);
            String domain = email.substring(email.lastIndexOf('@') + 1);
            return address.getPersonal() == null && email.equals(address.getAddress()) && domain.contains(".");
        } catch (AddressException e) {
            return false;
        }
    }

    static Optional<String> strip(String value) {
        return Optional.ofNullable(value).map(String::strip);
    }
}
