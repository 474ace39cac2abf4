package com.tierline.routing.service;

import java.time.Instant;

/**
 * One routing of a case, as the case pages show it: the team by name, the rule name and version that sent it
 * (null for the default team), whether an upheld appeal's re-filing caused it, and when.
 */
public record Routed(String teamCode, String teamName, String ruleName, Integer ruleVersion, boolean refiled,
        Instant at) {

    /** "Routed to Gulf desk by rule 'KW, BH, OM' (version 1)", or "… AI Chips, the default team (no rule matched)". */
    public String sentence() {
        String how = ruleName == null ? "Routed to " + teamName + ", the default team (no rule matched)"
                : "Routed to " + teamName + " by rule '" + ruleName + "' (version " + ruleVersion + ")";
        return refiled ? how + ", when the upheld appeal re-filed the case" : how;
    }
}
