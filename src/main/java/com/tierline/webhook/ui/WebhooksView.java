package com.tierline.webhook.ui;

import com.tierline.identity.domain.Role;
import com.tierline.shared.ConcurrentChange;
import com.tierline.shared.Formats;
import com.tierline.shared.ui.FieldRefusals;
import com.tierline.webhook.service.WebhookRefusedException;
import com.tierline.webhook.service.Webhooks;
import com.tierline.webhook.service.Webhooks.Delivery;
import com.tierline.webhook.service.Webhooks.Endpoint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * An organisation administrator's webhook endpoints: add, change, pause or resume, replace the secret, and read each
 * endpoint's delivery log, where a delivery can be sent again.
 */
@Route("organisation/webhooks")
@PageTitle("Webhooks · Tierline")
@RolesAllowed(Role.ORG_ADMIN_)
public class WebhooksView extends VerticalLayout {

    private final Webhooks webhooks;
    private final Grid<Endpoint> endpoints = new Grid<>();
    private final Grid<Delivery> log = new Grid<>();
    private final H2 logTitle = new H2("Delivery log");
    private final Paragraph noEndpoints = new Paragraph(
            "No endpoints yet — add one to receive your organisation's status changes.");
    private Endpoint shown;

    public WebhooksView(Webhooks webhooks) {
        this.webhooks = webhooks;
        TextField url = new TextField("Address (https://…)");
        url.setId("webhook-url");
        url.setWidth("28rem");
        TextField description = new TextField("Description");
        description.setId("webhook-description");
        description.setWidth("18rem");
        FieldRefusals refusals = new FieldRefusals().field("url", url).field("description", description);
        Button add = new Button("Add endpoint", e -> {
            try {
                Webhooks.WithSecret added = webhooks.add(url.getValue(), description.getValue(), true);
                refusals.clear();
                url.clear();
                description.clear();
                SecretDialog.show(added);
                refresh();
                showLog(added.endpoint());
            } catch (WebhookRefusedException refused) {
                refusals.show(refused);
            }
        });
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(url, description, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        endpoints.setId("webhook-endpoints");
        endpoints.addColumn(Endpoint::description).setHeader("Description").setAutoWidth(true);
        endpoints.addColumn(Endpoint::url).setHeader("Address").setAutoWidth(true).setFlexGrow(1);
        endpoints.addColumn(e -> e.active() ? "Active" : "Paused").setHeader("State").setAutoWidth(true);
        endpoints.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        endpoints.setAllRowsVisible(true);
        endpoints.addItemClickListener(e -> showLog(e.getItem()));
        noEndpoints.setId("webhook-endpoints-empty");

        log.setId("webhook-deliveries");
        log.addComponentColumn(this::event).setHeader("Event").setFlexGrow(1);
        log.addColumn(d -> DeliveryWords.status(d, getLocale())).setHeader("Status").setWidth("14rem")
                .setFlexGrow(0);
        log.addColumn(d -> Formats.count(d.attemptCount(), getLocale())).setHeader("Attempts").setWidth("6rem")
                .setFlexGrow(0);
        log.addColumn(d -> DeliveryWords.lastResponse(d, getLocale())).setHeader("Last response").setWidth("12rem").setFlexGrow(0);
        log.addColumn(d -> d.nextAttemptAt() == null ? "—" : Formats.dateTime(d.nextAttemptAt(), getLocale()))
                .setHeader("Next attempt").setWidth("12rem").setFlexGrow(0);
        log.addComponentColumn(this::resend).setHeader("").setWidth("7rem").setFlexGrow(0);
        log.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.setAllRowsVisible(true);
        logTitle.setId("webhook-log-title");
        logTitle.setVisible(false);
        log.setVisible(false);

        add(new H1("Webhooks"), new Paragraph("Tierline posts a signed JSON event to each active address whenever "
                + "the status of one of your organisation's applications changes. Failed deliveries are retried after "
                + "1 minute, 5 minutes, 30 minutes, 2 hours and 12 hours."), new H2("Add an endpoint"), form,
                new H2("Endpoints"), noEndpoints, endpoints, logTitle, log);
        refresh();
    }

    private Component actions(Endpoint endpoint) {
        Button edit = small("Change", "webhook-edit-" + endpoint.id(), () -> new EndpointDialog(webhooks, endpoint,
                changed -> {
                    refresh();
                    showLog(changed);
                }).open());
        Button pause = small(endpoint.active() ? "Pause" : "Resume", "webhook-toggle-" + endpoint.id(), () -> {
            try {
                Endpoint changed = webhooks.change(endpoint.id(), endpoint.version(), endpoint.url(),
                        endpoint.description(), !endpoint.active());
                Notification.show(changed.active() ? "Events go to " + changed.url() + " again."
                        : "No events go to " + changed.url() + " until you resume it; what was already waiting "
                                + "is sent then.", 5000, Notification.Position.TOP_CENTER);
            } catch (OptimisticLockingFailureException concurrent) {
                concurrentChange(endpoint);
            }
            refresh();
        });
        Button rotate = small("New secret", "webhook-rotate-" + endpoint.id(), () -> {
            SecretDialog.show(webhooks.rotateSecret(endpoint.id()));
            refresh();
        });
        Button deliveries = small("Delivery log", "webhook-log-" + endpoint.id(), () -> showLog(endpoint));
        return new HorizontalLayout(edit, pause, rotate, deliveries);
    }

    private Component resend(Delivery delivery) {
        Button again = small("Resend", "webhook-resend-" + delivery.id(), () -> {
            webhooks.resend(delivery.id());
            Notification.show("The event will be sent again within a few seconds, with the same event id.", 5000,
                    Notification.Position.TOP_CENTER);
            showLog(shown);
        });
        return again;
    }

    /** What happened, and under it when it was raised. */
    private Component event(Delivery delivery) {
        Span raised = new Span(
                "Raised " + Formats.dateTime(delivery.createdAt(), getLocale()));
        raised.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return new Div(new Div(delivery.summary()), raised);
    }

    /** Another administrator of the organisation changed the endpoint since this page read it. */
    static void concurrentChange(Endpoint endpoint) {
        Notification.show(ConcurrentChange.of("the endpoint " + endpoint.description()), 8000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void showLog(Endpoint endpoint) {
        shown = endpoint;
        logTitle.setText("Delivery log · " + endpoint.description());
        logTitle.setVisible(true);
        log.setVisible(true);
        log.setItems(webhooks.deliveries(endpoint.id()));
    }

    /** An empty grid shows only its header, which reads as broken; a sentence says what to do instead. */
    private void refresh() {
        java.util.List<Endpoint> all = webhooks.list();
        endpoints.setItems(all);
        endpoints.setVisible(!all.isEmpty());
        noEndpoints.setVisible(all.isEmpty());
    }

    private static Button small(String text, String id, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
