package com.tierline.application.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;

/** An action on a case that is not possible now; the message is a sentence for the user. */
public class CaseActionRefusedException extends RefusedException {

    public CaseActionRefusedException(String message) {
        this("case.not-possible-now", null, message);
    }

    /** About one field ({@code field} a property path: the input was wrong), or about the request as a whole. */
    public CaseActionRefusedException(String code, String field, String message) {
        super(field == null ? Kind.NOT_POSSIBLE_NOW : Kind.INVALID, new Refusal(code, field, message));
    }
}
