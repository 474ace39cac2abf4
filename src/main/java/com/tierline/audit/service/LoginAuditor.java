package com.tierline.audit.service;

import com.tierline.shared.AuditableAction;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records every sign-in, successful or not, in the audit chain. */
@Component
class LoginAuditor {

    private final AuditTrail trail;

    LoginAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (isStatelessApiCall()) {
            // Every API request authenticates afresh; what it does is audited, a sign-in per request would be noise.
            return;
        }
        trail.record(new AuditableAction(event.getAuthentication().getName(), "login.succeeded", null, Map.of()));
    }

    private static boolean isStatelessApiCall() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getRequestURI().startsWith("/api/");
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        trail.record(new AuditableAction(String.valueOf(event.getAuthentication().getName()), "login.failed", null,
                Map.of("reason", event.getException().getClass().getSimpleName())));
    }
}
