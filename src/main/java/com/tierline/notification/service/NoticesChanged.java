package com.tierline.notification.service;

import java.util.Set;

/** Notices of these people were written or read; published in that transaction, heard after its commit. */
public record NoticesChanged(Set<String> usernames) {

    public NoticesChanged {
        usernames = Set.copyOf(usernames);
    }
}
