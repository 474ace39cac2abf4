package com.tierline.screening.service;

/** A rule-set change the register will not make; the message says why, for the administrator. */
public class RuleSetRefusedException extends RuntimeException {

    public RuleSetRefusedException(String message) {
        super(message);
    }
}
