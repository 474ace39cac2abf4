package com.tierline.caseprocess.service;

/**
 * The engine entered or left a step of a case's process (licence application, or an appeal against its denial).
 * Published in the engine's own transaction, so whatever follows the engine (the case's status) moves with it.
 */
public record CaseStepReached(long applicationId, String process, String step, Phase phase) {

    public enum Phase { ENTERED, LEFT }

    public boolean is(String process, String step, Phase phase) {
        return this.process.equals(process) && this.step.equals(step) && this.phase == phase;
    }
}
