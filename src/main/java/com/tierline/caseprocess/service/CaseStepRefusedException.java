package com.tierline.caseprocess.service;

/**
 * The engine could not take the step: the task was completed or claimed by someone else a moment ago, or the case
 * is no longer at that step. The message is a sentence for the user; callers pass it on in their own refusal.
 */
public class CaseStepRefusedException extends RuntimeException {

    public CaseStepRefusedException(String message, Throwable cause) {
        super(message, cause);
    }

    public CaseStepRefusedException(String message) {
        super(message);
    }
}
