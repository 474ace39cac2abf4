package com.tierline.application.service;

import java.util.Map;

/** The draft breaks a rule; {@link #fieldErrors()} maps each property path to a sentence for the user. */
public class InvalidApplicationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidApplicationException(Map<String, String> fieldErrors) {
        super("The application has " + fieldErrors.size() + (fieldErrors.size() == 1 ? " problem: " : " problems: ")
                + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
