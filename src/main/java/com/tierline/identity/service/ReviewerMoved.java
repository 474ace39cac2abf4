package com.tierline.identity.service;

/**
 * Published in the administrator's transaction when an edit takes a reviewer out of a team's review
 * ({@code teamLeft}, null if still there) or out of senior review, so that review hands back the cases of theirs
 * they can no longer decide, as it does on {@link UserDeactivated}.
 */
public record ReviewerMoved(String username, String teamLeft, boolean seniorReviewLeft) {
}
