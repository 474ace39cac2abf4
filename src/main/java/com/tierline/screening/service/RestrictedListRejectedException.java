package com.tierline.screening.service;

import java.util.List;

/** An uploaded restricted-party list that cannot be used; nothing was changed. */
public class RestrictedListRejectedException extends RuntimeException {

    private final List<String> problems;

    public RestrictedListRejectedException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
