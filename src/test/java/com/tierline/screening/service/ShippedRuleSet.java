package com.tierline.screening.service;

import com.tierline.screening.domain.RestrictedParty;
import com.tierline.screening.domain.RestrictedPartyList;
import com.tierline.screening.domain.RuleSet;
import java.util.List;

/** The rule set (its latest revision) and demo restricted-party list exactly as shipped in src/main/resources, for pure tests. */
public final class ShippedRuleSet {

    private static final RuleSet RULE_SET = RuleSetFiles.load("2025-01-15r2").ruleSet();
    private static final RuleSet FIRST_REVISION = RuleSetFiles.load("2025-01-15").ruleSet();
    private static final List<RestrictedParty> ENTRIES;
    private static final RestrictedPartyList PARTIES;

    static {
        try (var in = ShippedRuleSet.class.getClassLoader().getResourceAsStream(RestrictedPartyService.SHIPPED)) {
            ENTRIES = RestrictedPartyService.parse(in);
            PARTIES = new RestrictedPartyList("shipped", ENTRIES);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ShippedRuleSet() {
    }

    public static RuleSet ruleSet() {
        return RULE_SET;
    }

    /** Revision 1 of 2025-01-15, as first published (superseded by 2025-01-15r2 on the same date). */
    public static RuleSet firstRevision() {
        return FIRST_REVISION;
    }

    public static RestrictedPartyList restrictedParties() {
        return PARTIES;
    }

    public static List<RestrictedParty> restrictedPartyEntries() {
        return ENTRIES;
    }
}
