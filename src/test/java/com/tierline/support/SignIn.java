package com.tierline.support;

import com.tierline.identity.service.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a real demo user (loaded through the application's own UserDetailsService) into the security context. */
public final class SignIn {

    private SignIn() {
    }

    public static UsernamePasswordAuthenticationToken as(UserDetailsService users, String username) {
        SignedInUser user = (SignedInUser) users.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
