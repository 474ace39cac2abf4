package com.tierline.webhook.ui;

import com.tierline.webhook.service.Webhooks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
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
        Button copy = new Button("Copy", e -> {
            // The clipboard is the browser's: ask it to take the secret, and say so here.
            UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", created.secret());
            Notification.show("The secret is on your clipboard.", 3000, Notification.Position.TOP_CENTER);
        });
        copy.setId("webhook-secret-copy");
        Button done = new Button("I have copied it", e -> dialog.close());
        done.setId("webhook-secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(copy, done);
        dialog.open();
    }
}
