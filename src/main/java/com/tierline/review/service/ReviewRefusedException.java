package com.tierline.review.service;

/** A review action the rules do not allow now; the message is a sentence to show the reviewer as is. */
public class ReviewRefusedException extends RuntimeException {

    public ReviewRefusedException(String message) {
        super(message);
    }
}
