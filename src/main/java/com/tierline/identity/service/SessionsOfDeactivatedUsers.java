package com.tierline.identity.service;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A deactivated user's open browser sessions end at their next request (Spring Security's session registry marks
 * them expired), not when they happen to sign out. After the commit only: a refused deactivation expires nothing.
 * The registry is this node's; the API signs in on every request, where the disabled account is refused anyway.
 */
@Component
class SessionsOfDeactivatedUsers {

    private final SessionRegistry sessions;

    SessionsOfDeactivatedUsers(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void expire(UserDeactivated deactivated) {
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof SignedInUser user && user.getUsername().equals(deactivated.username()))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(org.springframework.security.core.session.SessionInformation::expireNow);
    }
}
