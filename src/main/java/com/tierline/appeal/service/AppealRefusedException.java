package com.tierline.appeal.service;

/** An appeal action that is not possible; the message is a sentence for the user. */
public class AppealRefusedException extends RuntimeException {

    public AppealRefusedException(String message) {
        super(message);
    }
}
