package com.tierline.identity;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Puts the full sign-in in place of the half one in the HTTP session, where the form login keeps it, under a new
 * session id: whoever knew the id of the half-signed-in session (session fixation) does not get the full one.
 * Beside the filter chains rather than among the screens, as it works on Spring Security's session store.
 */
public final class SignInSession {

    private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private SignInSession() {
    }

    public static void establish(Authentication full) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        SESSIONS.saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
    }

    /** The application's start page, to load afresh with the full sign-in's menu. */
    public static String home() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getContextPath() + "/";
    }
}
