package com.tierline.application.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;
import java.util.Map;

/** The draft breaks a rule; {@link #fieldErrors()} maps each property path to a sentence for the user. */
public class InvalidApplicationException extends RefusedException {

    private final Map<String, String> fieldErrors;

    public InvalidApplicationException(Map<String, String> fieldErrors) {
        super(Kind.INVALID, fieldErrors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Refusal("application.invalid", e.getKey().isEmpty() ? null : e.getKey(), e.getValue()))
                .toList(), summary(fieldErrors.size()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** "The application has one problem." / "… 3 problems." */
    public static String summary(int problems) {
        return problems == 1 ? "The application has one problem." : "The application has " + problems + " problems.";
    }
}
