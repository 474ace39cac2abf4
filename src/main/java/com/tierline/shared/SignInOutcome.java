package com.tierline.shared;

/**
 * Published by the identity feature for every sign-in attempt, whatever became of it, so that the audit feature
 * can decide what to keep without depending on identity. {@code address} is the client's address as the server
 * saw it.
 */
public record SignInOutcome(String username, String address, Channel channel, Outcome outcome) {

    public enum Channel {
        SIGN_IN_FORM, API
    }

    public enum Outcome {
        SUCCEEDED,
        /** A real account's password was checked and was wrong (bounded per account by the lockout). */
        WRONG_PASSWORD,
        UNKNOWN_USER,
        /** Locked, disabled, or at its limit of attempts: the password was not checked. */
        ACCOUNT_REFUSED,
        /** Over the per-account or per-address allowance: refused before anything else. */
        THROTTLED,
        /** The same user name and password as an attempt still in flight, which answered for both. */
        REPEATED
    }
}
