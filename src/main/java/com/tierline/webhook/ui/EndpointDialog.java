package com.tierline.webhook.ui;

import com.tierline.shared.ui.FieldRefusals;
import com.tierline.webhook.service.WebhookRefusedException;
import com.tierline.webhook.service.Webhooks;
import com.tierline.webhook.service.Webhooks.Endpoint;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/** Changes an endpoint's address, description and state; the secret stays (see "New secret"). */
final class EndpointDialog extends Dialog {

    EndpointDialog(Webhooks webhooks, Endpoint endpoint, Consumer<Endpoint> changed) {
        setHeaderTitle("Change " + endpoint.description());
        TextField url = new TextField("Address (https://…)");
        url.setId("webhook-edit-url");
        url.setValue(endpoint.url());
        url.setWidth("32rem");
        TextField description = new TextField("Description");
        description.setId("webhook-edit-description");
        description.setValue(endpoint.description());
        description.setWidthFull();
        Checkbox active = new Checkbox("Active (events are sent)", endpoint.active());
        active.setId("webhook-edit-active");
        add(new VerticalLayout(url, description, active));
        FieldRefusals refusals = new FieldRefusals().field("url", url).field("description", description);
        Button save = new Button("Save", e -> {
            try {
                Endpoint saved = webhooks.change(endpoint.id(), endpoint.version(), url.getValue(),
                        description.getValue(), active.getValue());
                close();
                changed.accept(saved);
            } catch (WebhookRefusedException refused) {
                refusals.show(refused);
            } catch (OptimisticLockingFailureException concurrent) {
                WebhooksView.concurrentChange(endpoint);
                close();
            }
        });
        save.setId("webhook-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
