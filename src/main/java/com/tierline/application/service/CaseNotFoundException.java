package com.tierline.application.service;

/** Unknown reference, or one the caller may not see: the two are indistinguishable on purpose. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String reference) {
        super("No application " + reference);
    }

    /** No letter at that row of the case's decision history (or no such case for the caller). */
    public CaseNotFoundException(String reference, int historyRow) {
        super("No decision letter numbered " + historyRow + " on application " + reference);
    }
}
