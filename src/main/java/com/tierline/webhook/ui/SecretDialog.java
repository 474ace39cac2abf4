package com.tierline.webhook.ui;

import com.tierline.webhook.service.Webhooks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The signing secret, shown once: only its encryption is kept, so it cannot be shown again later. */
final class SecretDialog {

    private SecretDialog() {
    }

    static void show(Webhooks.WithSecret created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Signing secret for " + created.endpoint().description());
        TextField secret = new TextField("Secret");
        secret.setId("webhook-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidth("40rem");
        dialog.add(new Paragraph("Copy this secret into the receiving system now; Tierline will not show it again. "
                + "The receiver checks each event's Tierline-Webhook-Signature with it."), secret);
        Button done = new Button("I have copied it", e -> dialog.close());
        done.setId("webhook-secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }
}
