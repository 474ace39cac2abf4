package com.tierline.review.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;

/** A review action the rules do not allow now; the message is a sentence to show the reviewer as is. */
public class ReviewRefusedException extends RefusedException {

    public ReviewRefusedException(String message) {
        this("review.not-possible-now", null, message);
    }

    /** About one field ({@code field} a property path: the input was wrong), or about the request as a whole. */
    public ReviewRefusedException(String code, String field, String message) {
        super(field == null ? Kind.NOT_POSSIBLE_NOW : Kind.INVALID, new Refusal(code, field, message));
    }
}
