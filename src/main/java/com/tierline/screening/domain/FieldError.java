package com.tierline.screening.domain;

import com.tierline.shared.Refusal;

/** One input problem, addressed to a field path such as {@code items[1].quantity}. */
public record FieldError(String field, String message, Problem problem) {

    /** What kind of problem: a draft may still miss things, but it never names what does not exist. */
    public enum Problem {
        /** Nothing given where something is needed. */
        MISSING,
        /** A code or model that the rule set does not know. */
        UNKNOWN,
        /** Given, but impossible or implausible. */
        INVALID
    }

    /** The same problem in the shape every refusal has: code "screening.missing", "….unknown" or "….invalid". */
    public Refusal refusal() {
        return new Refusal("screening." + problem.name().toLowerCase(java.util.Locale.ROOT), field, message);
    }

    public static FieldError missing(String field, String message) {
        return new FieldError(field, message, Problem.MISSING);
    }

    public static FieldError unknown(String field, String message) {
        return new FieldError(field, message, Problem.UNKNOWN);
    }

    public static FieldError invalid(String field, String message) {
        return new FieldError(field, message, Problem.INVALID);
    }
}
