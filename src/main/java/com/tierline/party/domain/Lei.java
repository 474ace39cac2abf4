package com.tierline.party.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Legal Entity Identifier as ISO 17442 writes it: 18 letters or digits and two check digits, the whole read as a
 * number (A = 10 … Z = 35) leaving 1 under ISO 7064 MOD 97-10 — the same check an IBAN uses.
 */
public final class Lei {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");

    private Lei() {
    }

    /** The code in capitals without spaces, or null when blank. */
    public static String normalise(String lei) {
        if (lei == null || lei.isBlank()) {
            return null;
        }
        return lei.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** What is wrong with the (normalised) code in words, or null when it is a valid LEI. */
    public static String problem(String lei) {
        if (lei.length() != 20) {
            return "An LEI has 20 characters; this one has " + lei.length();
        }
        if (!FORMAT.matcher(lei).matches()) {
            return "An LEI is 18 letters or digits followed by two check digits";
        }
        int remainder = 0;
        for (char c : lei.toCharArray()) {
            int value = Character.digit(c, 36);
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder == 1 ? null : "The check digits do not match: look for a mistyped character";
    }
}
