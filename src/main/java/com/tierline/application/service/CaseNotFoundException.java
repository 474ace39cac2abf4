package com.tierline.application.service;

/** Unknown reference, or one the caller may not see: the two are indistinguishable on purpose. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String reference) {
        super("No application " + reference);
    }
}
