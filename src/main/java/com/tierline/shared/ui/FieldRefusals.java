package com.tierline.shared.ui;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows each reason of a refusal at the field it names (by its {@code field}, never by reading the sentence), and
 * a reason about no field, or about a field the form does not show, in a notification.
 */
public final class FieldRefusals {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldRefusals field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(RefusedException refused) {
        clear();
        StringBuilder elsewhere = new StringBuilder();
        for (Refusal refusal : refused.refusals()) {
            HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
            if (field != null) {
                field.setErrorMessage(refusal.message());
                field.setInvalid(true);
            } else {
                elsewhere.append(elsewhere.isEmpty() ? "" : " ").append(refusal.message());
            }
        }
        if (!elsewhere.isEmpty()) {
            Notification note = Notification.show(elsewhere.toString(), 8000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
