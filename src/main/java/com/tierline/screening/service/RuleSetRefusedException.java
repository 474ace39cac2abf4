package com.tierline.screening.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;

/** A rule-set change the register will not make; the message says why, for the administrator. */
public class RuleSetRefusedException extends RefusedException {

    public RuleSetRefusedException(String message) {
        this("rule-set.refused", null, message);
    }

    /** About one field ({@code field} a property path: the input was wrong), or about the request as a whole. */
    public RuleSetRefusedException(String code, String field, String message) {
        super(Kind.INVALID, new Refusal(code, field, message));
    }
}
