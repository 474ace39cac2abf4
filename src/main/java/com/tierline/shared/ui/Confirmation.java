package com.tierline.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before an act that cannot be taken back, restating its consequence in words. A plain {@link Dialog} rather
 * than Vaadin's ConfirmDialog because that one focuses (and confirms on Enter with) the dangerous button; here the
 * safe choice is first and focused, so a stray Enter or Esc changes nothing.
 */
public final class Confirmation {

    private final Dialog dialog = new Dialog();
    private final Button safe;
    private final Button confirm;

    private Confirmation(String title, String consequence, String confirmText, ButtonVariant variant,
            Runnable onConfirm) {
        dialog.setHeaderTitle(title);
        dialog.setId("confirmation");
        dialog.setMaxWidth("36em");
        Paragraph text = new Paragraph(consequence);
        text.setId("confirmation-consequence");
        dialog.add(text);
        safe = new Button("Cancel", e -> dialog.close());
        safe.setId("confirmation-cancel");
        safe.setAutofocus(true);
        confirm = new Button(confirmText, e -> {
            dialog.close();
            onConfirm.run();
        });
        confirm.setId("confirmation-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, variant);
        dialog.getFooter().add(safe, confirm);
    }

    /** A confirmation whose confirming button reads {@code confirmText}; call {@link #open()} to show it. */
    public static Confirmation of(String title, String consequence, String confirmText, ButtonVariant variant,
            Runnable onConfirm) {
        return new Confirmation(title, consequence, confirmText, variant, onConfirm);
    }

    /** Renames the safe choice ("Stay on the form"). */
    public Confirmation safeChoice(String text) {
        safe.setText(text);
        return this;
    }

    /** A third, middle choice (e.g. "Save draft and leave"); it closes the dialog before it runs. */
    public Confirmation alternative(String text, String id, Runnable action) {
        Button alternative = new Button(text, e -> {
            dialog.close();
            action.run();
        });
        alternative.setId(id);
        dialog.getFooter().removeAll();
        dialog.getFooter().add(safe, alternative, confirm);
        return this;
    }

    public Dialog open() {
        dialog.open();
        safe.focus();
        return dialog;
    }
}
