package com.tierline.webhook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The webhooks page as an organisation administrator of a fresh organisation sees it. */
class WebhooksViewIT extends KaribuIT {

    @Autowired AppUserRepository accounts;
    @Autowired OrganisationRepository organisations;

    @BeforeEach
    void anAdministratorOfAnOrganisationWithoutEndpoints() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Organisation organisation = organisations.save(new Organisation("Webhook View " + id, "US"));
        String admin = "hookview-" + id;
        accounts.save(new AppUser(admin, "{noop}unused", "Vera View", Set.of(Role.EXPORTER, Role.ORG_ADMIN))
                .inOrganisation(organisation));
        signInAs(admin);
        UI.getCurrent().navigate(WebhooksView.class);
    }

    @Test
    void withoutEndpointsTheListSaysSoInsteadOfShowingAnEmptyGrid() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("webhook-endpoints-empty")).getText())
                .isEqualTo("No endpoints yet — add one to receive your organisation's status changes.");
        assertThat(_find(Grid.class, spec -> spec.withId("webhook-endpoints"))).as("visible endpoint grids").isEmpty();
    }

    @Test
    void theSecretShownOnceCanBeCopiedAndAnEndpointReplacesTheEmptySentence() {
        _get(TextField.class, spec -> spec.withId("webhook-url")).setValue("https://hooks.example.com/tierline");
        _get(TextField.class, spec -> spec.withId("webhook-description")).setValue("Our ERP");
        _click(_get(Button.class, spec -> spec.withId("webhook-add")));

        assertThat(_get(TextField.class, spec -> spec.withId("webhook-secret")).getValue()).isNotBlank();
        _click(_get(Button.class, spec -> spec.withId("webhook-secret-copy")));
        expectNotifications("The secret is on your clipboard.");

        assertThat(_get(Grid.class, spec -> spec.withId("webhook-endpoints")).isVisible()).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withId("webhook-endpoints-empty"))).isEmpty();
    }
}
