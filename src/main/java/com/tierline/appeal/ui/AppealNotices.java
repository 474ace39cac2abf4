package com.tierline.appeal.ui;

import com.tierline.appeal.domain.Appeal;
import com.tierline.appeal.service.AppealService.Outcome;
import com.tierline.shared.Formats;
import java.util.Locale;

/** What an appeal's decision means, as the notice a senior reviewer reads after taking it; statuses in words. */
final class AppealNotices {

    private AppealNotices() {
    }

    /** "Appeal APL-2026-000001 upheld: the denied case goes back to review." */
    static String decided(Appeal appeal, Outcome outcome, Locale locale) {
        String subject = "Appeal " + appeal.getReference();
        boolean denial = appeal.getKind() == Appeal.Kind.DENIAL;
        String destination = Formats.country(appeal.getDestinationCountry(), locale);
        return switch (outcome) {
            case UPHOLD -> subject + " upheld: " + (denial ? "the denied case goes back to review."
                    : "a rule-set draft moving " + destination + " to Tier 1 waits to be published.");
            case DISMISS -> subject + " dismissed: " + (denial ? "the denial stands."
                    : destination + " keeps its tier.");
            case PANEL -> subject + " referred to a panel: two other senior reviewers decide it.";
        };
    }

    /** After a panel vote: the panel's decision once two agree, otherwise that the vote counts. */
    static String voted(Appeal appeal, Outcome vote, boolean decided, Locale locale) {
        return decided ? "The panel agreed. " + decided(appeal, vote, locale)
                : "Vote recorded: one more senior reviewer must agree to decide appeal " + appeal.getReference() + ".";
    }

    static String status(Appeal.Status status) {
        return switch (status) {
            case UNDER_REVIEW -> "Under review";
            case PANEL -> "With a panel";
            case UPHELD -> "Upheld";
            case DISMISSED -> "Dismissed";
        };
    }
}
