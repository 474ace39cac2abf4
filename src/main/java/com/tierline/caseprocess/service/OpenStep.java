package com.tierline.caseprocess.service;

/** The user task a case (or appeal) waits at: its step id, its name as the diagram shows it, and who holds it. */
public record OpenStep(String taskId, String step, String name, String assignee) {

    public boolean isReview() {
        return ProcessKeys.REVIEW_STEPS.contains(step);
    }
}
