package com.tierline.review.ui;

import com.tierline.application.service.CaseDetails;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Claim, release, approve, deny: shows only what the caller can do now and fires the chosen action. */
class DecisionPanel extends VerticalLayout {

    enum Action { CLAIM, RELEASE, APPROVE, DENY }

    private final TextArea reason = new TextArea("Reason for the decision");

    DecisionPanel(CaseDetails c, String me) {
        setPadding(false);
        add(new H3("Decision"));
        if (c.assignee() == null) {
            add(new Paragraph("Unclaimed. Claim the case to decide it."));
            add(button("Claim", "claim", Action.CLAIM, ButtonVariant.LUMO_PRIMARY));
        } else if (!c.assignee().equals(me)) {
            Paragraph claimed = new Paragraph("Claimed by " + c.assignee() + " since "
                    + Formats.dateTime(c.claimedAt(), getLocale()) + ". Only they can decide it.");
            claimed.setId("claimed-by-other");
            add(claimed);
        } else {
            reason.setId("decision-reason");
            reason.setWidthFull();
            reason.setMaxLength(4000);
            reason.setHelperText("Required. The exporter sees this reason with the decision.");
            add(reason, new HorizontalLayout(
                    button("Approve", "approve", Action.APPROVE, ButtonVariant.LUMO_SUCCESS),
                    button("Deny", "deny", Action.DENY, ButtonVariant.LUMO_ERROR),
                    button("Release", "release", Action.RELEASE, ButtonVariant.LUMO_TERTIARY)));
        }
    }

    void showReasonError(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }

    private Button button(String label, String id, Action action, ButtonVariant variant) {
        Button button = new Button(label, e -> fireEvent(new ActionEvent(this, action, reason.getValue())));
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    static class ActionEvent extends ComponentEvent<DecisionPanel> {
        final Action action;
        final String reason;

        ActionEvent(DecisionPanel source, Action action, String reason) {
            super(source, false);
            this.action = action;
            this.reason = reason;
        }
    }

    void addActionListener(ComponentEventListener<ActionEvent> listener) {
        addListener(ActionEvent.class, listener);
    }
}
