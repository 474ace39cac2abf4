package com.tierline.application.service;

/** An action on a case that is not possible now; the message is a sentence for the user. */
public class CaseActionRefusedException extends RuntimeException {

    public CaseActionRefusedException(String message) {
        super(message);
    }
}
