package com.tierline.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.administration.ui.RestrictedPartiesView;
import com.tierline.administration.ui.RuleSetsView;
import com.tierline.appeal.ui.AppealsView;
import com.tierline.appeal.ui.MyAppealsView;
import com.tierline.application.ui.ApplicationFormView;
import com.tierline.application.ui.MyApplicationsView;
import com.tierline.audit.ui.CaseSearchView;
import com.tierline.identity.ui.LoginView;
import com.tierline.identity.ui.UsersView;
import com.tierline.review.ui.ReviewQueueView;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AccessDeniedException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Route-level security: each role against each route, and a navigation that offers only what the role may open. */
class NavigationIT extends KaribuIT {

    static final Map<String, Class<? extends Component>> ROUTES = Map.ofEntries(
            Map.entry("applications", MyApplicationsView.class),
            Map.entry("applications/draft", ApplicationFormView.class),
            Map.entry("review", ReviewQueueView.class),
            Map.entry("audit/cases", CaseSearchView.class),
            Map.entry("admin/users", UsersView.class),
            Map.entry("admin/rulesets", RuleSetsView.class),
            Map.entry("admin/restricted-parties", RestrictedPartiesView.class),
            Map.entry("admin/registered-parties", com.tierline.party.ui.RegisteredPartiesView.class),
            Map.entry("admin/routing", com.tierline.administration.ui.RoutingView.class),
            Map.entry("appeals", MyAppealsView.class),
            Map.entry("review/appeals", AppealsView.class),
            Map.entry("oversight", com.tierline.audit.ui.OversightView.class),
            Map.entry("admin/registrations", com.tierline.administration.ui.RegistrationsView.class),
            Map.entry("organisation/colleagues", com.tierline.identity.ui.ColleaguesView.class),
            Map.entry("organisation/webhooks", com.tierline.webhook.ui.WebhooksView.class));

    static final Map<String, Set<String>> ALLOWED = Map.of(
            "exporter1", Set.of("applications", "applications/draft", "appeals"),
            "reviewer1", Set.of("review"),
            "senior1", Set.of("review", "review/appeals", "oversight"),
            "auditor1", Set.of("audit/cases", "oversight"),
            "admin1", Set.of("admin/users", "admin/rulesets", "admin/restricted-parties",
                    "admin/registered-parties", "admin/routing", "admin/registrations"));

    @ParameterizedTest
    @ValueSource(strings = {"exporter1", "reviewer1", "senior1", "auditor1", "admin1"})
    void eachRoleOpensExactlyItsOwnRoutes(String username) {
        signInAs(username);
        ROUTES.forEach((route, view) -> {
            boolean opened;
            try {
                UI.getCurrent().navigate(route);
                opened = !_find(view).isEmpty();
            } catch (AssertionError denied) {
                // Karibu turns Vaadin's access-denied reroute into an error so that a test cannot miss it.
                assertThat(denied).hasStackTraceContaining(AccessDeniedException.class.getName());
                opened = false;
            }
            assertThat(opened).as("%s opening /%s", username, route).isEqualTo(ALLOWED.get(username).contains(route));
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "exporter1|My applications,New application,Appeals,Notifications,Change password",
            "exporter2|My applications,New application,Appeals,Colleagues,Webhooks,Notifications,Change password",
            "reviewer1|Review queue,Notifications,Change password",
            "senior1|Review queue,Appeals to hear,Oversight,Notifications,Change password",
            "auditor1|Case history,Oversight,Notifications,Change password",
            "admin1|Users,Organisations,Teams,Rule sets,Restricted parties,Registered parties,Routing,Registrations,"
                    + "Outbox,Notifications,Change password"})
    void navigationListsOnlyWhatTheRoleMayOpen(String username, String expected) {
        signInAs(username);
        UI.getCurrent().navigate("");
        List<String> labels = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {"applications", "review", "audit/cases", "admin/users"})
    void anonymousVisitorsAreSentToTheLoginPage(String route) {
        UI.getCurrent().navigate(route);
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(ROUTES.get(route))).isEmpty();
    }
}
