package com.tierline.rfi.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;

/** A question or an answer that is not possible now, or whose text is wrong; the message is a sentence for the user. */
public class InformationRequestRefusedException extends RefusedException {

    public InformationRequestRefusedException(String message) {
        this("rfi.not-possible-now", null, message);
    }

    /** About one field ({@code field} a property path: the input was wrong), or about the request as a whole. */
    public InformationRequestRefusedException(String code, String field, String message) {
        super(field == null ? Kind.NOT_POSSIBLE_NOW : Kind.INVALID, new Refusal(code, field, message));
    }
}
