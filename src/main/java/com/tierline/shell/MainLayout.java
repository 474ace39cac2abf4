package com.tierline.shell;

import com.tierline.shared.ReaderTimeZone;
import com.vaadin.flow.component.AttachEvent;
import com.tierline.administration.ui.RestrictedPartiesView;
import com.tierline.administration.ui.RuleSetsView;
import com.tierline.appeal.ui.AppealsView;
import com.tierline.appeal.ui.MyAppealsView;
import com.tierline.application.ui.ApplicationFormView;
import com.tierline.application.ui.MyApplicationsView;
import com.tierline.audit.ui.CaseSearchView;
import com.tierline.identity.service.SignedInUser;
import com.tierline.identity.ui.OrganisationsView;
import com.tierline.identity.ui.UsersView;
import com.tierline.review.ui.ReviewQueueView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in view; the navigation lists only what the user's role may open. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final AccessAnnotationChecker access;

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access,
            com.tierline.notification.ui.NotificationBell bell) {
        this.access = access;
        Span brand = new Span("Tierline");
        brand.addClassName("brand");

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        addIfAllowed(nav, "My applications", MyApplicationsView.class, VaadinIcon.FOLDER_OPEN);
        addIfAllowed(nav, "New application", ApplicationFormView.class, VaadinIcon.FILE_ADD);
        addIfAllowed(nav, "Appeals", MyAppealsView.class, VaadinIcon.SCALE);
        addIfAllowed(nav, "Review queue", ReviewQueueView.class, VaadinIcon.INBOX);
        addIfAllowed(nav, "Appeals to hear", AppealsView.class, VaadinIcon.SCALE);
        addIfAllowed(nav, "Case history", CaseSearchView.class, VaadinIcon.SEARCH);
        addIfAllowed(nav, "Oversight", com.tierline.audit.ui.OversightView.class, VaadinIcon.CHART);
        addIfAllowed(nav, "Users", UsersView.class, VaadinIcon.USERS);
        addIfAllowed(nav, "Organisations", OrganisationsView.class, VaadinIcon.BUILDING);
        addIfAllowed(nav, "Teams", com.tierline.identity.ui.TeamsView.class, VaadinIcon.GROUP);
        addIfAllowed(nav, "Rule sets", RuleSetsView.class, VaadinIcon.BOOK);
        addIfAllowed(nav, "Restricted parties", RestrictedPartiesView.class, VaadinIcon.BAN);
        addIfAllowed(nav, "Registered parties", com.tierline.party.ui.RegisteredPartiesView.class,
                VaadinIcon.BUILDING);
        addIfAllowed(nav, "Routing", com.tierline.administration.ui.RoutingView.class, VaadinIcon.SPLIT);
        addIfAllowed(nav, "Registrations", com.tierline.administration.ui.RegistrationsView.class,
                VaadinIcon.CLIPBOARD_USER);
        addIfAllowed(nav, "Colleagues", com.tierline.identity.ui.ColleaguesView.class, VaadinIcon.USERS);
        addIfAllowed(nav, "Outbox", com.tierline.notification.ui.OutboxView.class, VaadinIcon.ENVELOPES);
        addIfAllowed(nav, "Webhooks", com.tierline.webhook.ui.WebhooksView.class, VaadinIcon.CONNECT);
        addIfAllowed(nav, "Notifications", com.tierline.notification.ui.NotificationsView.class, VaadinIcon.BELL);
        addIfAllowed(nav, "Change password", com.tierline.identity.ui.ChangePasswordView.class, VaadinIcon.KEY);

        String who = authentication.getAuthenticatedUser(SignedInUser.class)
                .map(u -> u.displayName() + (u.organisationName() == null ? "" : " · " + u.organisationName()))
                .orElse("");
        Span user = new Span(who);
        user.setId("current-user");
        Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // Everyone's own account page for two-factor sign-in (turn on, set up again, recovery codes left).
        com.vaadin.flow.router.RouterLink twoFactor = new com.vaadin.flow.router.RouterLink("Two-factor sign-in",
                com.tierline.identity.ui.TwoFactorEnrolmentView.class);
        twoFactor.setId("account-two-factor");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, user, bell, twoFactor,
                logout);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(user);
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ReaderTimeZone.learn(attachEvent.getUI());
    }

    private void addIfAllowed(SideNav nav, String label, Class<? extends Component> view, VaadinIcon icon) {
        if (access.hasAccess(view)) {
            nav.addItem(new SideNavItem(label, view, icon.create()));
        }
    }
}
