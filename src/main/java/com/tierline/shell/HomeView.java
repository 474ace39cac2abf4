package com.tierline.shell;

import com.tierline.application.ui.MyApplicationsView;
import com.tierline.audit.ui.CaseSearchView;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.SignedInUser;
import com.tierline.identity.ui.UsersView;
import com.tierline.review.ui.ReviewQueueView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The root URL sends each role to its starting page. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElse(null);
        if (user == null) {
            return;
        }
        if (!user.organisationApproved()) {
            event.forwardTo(com.tierline.identity.ui.OrganisationStatusView.class);
        } else if (user.has(Role.EXPORTER)) {
            event.forwardTo(MyApplicationsView.class);
        } else if (user.has(Role.REVIEWER) || user.has(Role.SENIOR_REVIEWER)) {
            event.forwardTo(ReviewQueueView.class);
        } else if (user.has(Role.AUDITOR)) {
            event.forwardTo(CaseSearchView.class);
        } else if (user.has(Role.ADMIN)) {
            event.forwardTo(UsersView.class);
        }
    }
}
