package com.tierline.identity.ui;

import com.tierline.identity.service.TwoFactorSignIn;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Between password and code, every navigation ends on the code screen (or, for staff who have not enrolled, on
 * enrolment); nothing else can be reached. Once signed in fully the code screen has nothing to do and sends home.
 * The services refuse a half sign-in by themselves (it has no role); this keeps the screens honest about it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TwoFactorNavigationGate implements VaadinServiceInitListener {

    private final TwoFactorSignIn twoFactor;

    TwoFactorNavigationGate(TwoFactorSignIn twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::gate));
    }

    private void gate(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        twoFactor.pending().ifPresentOrElse(pending -> {
            Class<? extends com.vaadin.flow.component.Component> only = pending.enrolmentRequired() ? TwoFactorEnrolmentView.class : TwoFactorCodeView.class;
            if (target != only && target != LoginView.class) {
                event.rerouteTo(only);
            }
        }, () -> {
            if (target == TwoFactorCodeView.class) {
                event.rerouteTo("");
            }
        });
    }
}
