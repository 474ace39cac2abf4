package com.tierline.identity.service;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, for services that filter rows or record actors. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The name recorded as actor: the signed-in user, or "system" for engine jobs and start-up. */
    public String actorName() {
        return find().map(SignedInUser::getUsername).orElse("system");
    }
}
