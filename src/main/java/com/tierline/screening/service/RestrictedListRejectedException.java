package com.tierline.screening.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;

import java.util.List;

/** An uploaded restricted-party list that cannot be used; nothing was changed. */
public class RestrictedListRejectedException extends RefusedException {

    private final List<String> problems;

    public RestrictedListRejectedException(List<String> problems) {
        super(Kind.INVALID, problems.stream().map(p -> new Refusal("restricted-list.rejected", "file", p)).toList(),
                String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
