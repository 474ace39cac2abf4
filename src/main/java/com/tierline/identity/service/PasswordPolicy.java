package com.tierline.identity.service;

import com.tierline.shared.Refusal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B's rules for memorised secrets, the one policy for every password Tierline accepts: long enough
 * (code points after NFKC, so that "ｅ" and "e" count alike), not too long for BCrypt (which reads only 72 bytes),
 * not a common or breached password, not the account's own name or address. No composition rules and no expiry, as
 * NIST advises; any printable character and spaces are allowed.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** BCrypt ignores what comes after 72 bytes; a longer password is refused, never cut silently. */
    public static final int MAX_BYTES = 72;
    private static final int SHORTEST_CONTEXT_WORD = 4;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load("common-passwords.txt");
    }

    /** The password as it is hashed and compared: NFKC, so that one password typed two ways is one password. */
    public static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /**
     * Why {@code password} may not be the password of the account {@code username}/{@code email} (either may be null),
     * as a refusal about {@code field}; empty when it may.
     */
    public Optional<Refusal> check(String password, String username, String email, String field) {
        String p = normalise(password == null ? "" : password);
        int length = p.codePointCount(0, p.length());
        if (length < MIN_LENGTH) {
            return refuse("password.too-short", field, "Use at least " + MIN_LENGTH + " characters (this has "
                    + length + "). A few unrelated words with spaces make a long password that is easy to remember.");
        }
        if (length > MAX_LENGTH || p.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return refuse("password.too-long", field, "Use at most " + MAX_LENGTH + " characters (at most "
                    + MAX_BYTES + " bytes: letters outside the Latin alphabet take two to four bytes each).");
        }
        if (p.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED)) {
            return refuse("password.unprintable", field, "Use only printable characters and spaces (no tabs, "
                    + "line breaks or control characters).");
        }
        String folded = p.toLowerCase(Locale.ROOT);
        if (common.contains(folded)) {
            return refuse("password.common", field, "This password is in a list of common or leaked passwords "
                    + "that attackers try first. Choose another.");
        }
        for (String word : contextWords(username, email)) {
            if (folded.contains(word)) {
                return refuse("password.contains-account", field,
                        "The password must not contain your user name or e-mail address.");
            }
        }
        if (folded.contains("tierline")) {
            return refuse("password.contains-service", field, "The password must not contain the name of this "
                    + "service.");
        }
        return Optional.empty();
    }

    private static Set<String> contextWords(String username, String email) {
        Set<String> words = new HashSet<>();
        for (String value : new String[] {username, email, email == null ? null : email.split("@", 2)[0]}) {
            if (value != null && value.strip().length() >= SHORTEST_CONTEXT_WORD) {
                words.add(normalise(value.strip()).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static Optional<Refusal> refuse(String code, String field, String message) {
        return Optional.of(new Refusal(code, field, message));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> normalise(l).toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing: " + resource, e);
        }
        return Set.copyOf(words);
    }
}
