package com.tierline.identity.service;

/**
 * Published in the administrator's transaction when a user is deactivated, so that the features holding work of
 * theirs (review's claimed cases) hand it back in the same commit, without identity knowing those features.
 */
public record UserDeactivated(String username, String teamCode) {
}
