package com.tierline.appeal.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;

/** An appeal action that is not possible; the message is a sentence for the user. */
public class AppealRefusedException extends RefusedException {

    public AppealRefusedException(String message) {
        this("appeal.not-possible-now", null, message);
    }

    /** About one field ({@code field} a property path: the input was wrong), or about the request as a whole. */
    public AppealRefusedException(String code, String field, String message) {
        super(field == null ? Kind.NOT_POSSIBLE_NOW : Kind.INVALID, new Refusal(code, field, message));
    }
}
