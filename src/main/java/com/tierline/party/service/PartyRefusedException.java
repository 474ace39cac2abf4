package com.tierline.party.service;

import java.util.Map;

/** A change to the directory refused, with a message per field in words; nothing was saved. */
public class PartyRefusedException extends RuntimeException {

    private final Map<String, String> errors;

    public PartyRefusedException(Map<String, String> errors) {
        super(String.join("; ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
