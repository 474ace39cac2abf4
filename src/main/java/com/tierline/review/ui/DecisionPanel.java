package com.tierline.review.ui;

import com.tierline.application.service.CaseDetails;
import com.tierline.review.service.DenialReason;
import com.tierline.review.service.ReviewAction;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.Set;

/** Shows only the actions the process and the rules allow this reviewer now, and fires the chosen one. */
class DecisionPanel extends VerticalLayout {

    private final TextArea reason = new TextArea("Reason, question or justification");
    private final ComboBox<DenialReason> denialReason = new ComboBox<>("Reason for a denial");

    DecisionPanel(CaseDetails c, String me, Set<ReviewAction> actions) {
        setPadding(false);
        add(new H3("Decision"));
        if (actions.contains(ReviewAction.CLAIM)) {
            add(new Paragraph("Unclaimed. Claim the case to work on it."),
                    button(ReviewAction.CLAIM, "claim", ButtonVariant.LUMO_PRIMARY));
        } else if (c.assignee() != null && !c.assignee().equals(me)) {
            Paragraph claimed = new Paragraph("Claimed by " + c.assignee() + " since "
                    + Formats.dateTime(c.claimedAt(), getLocale()) + ". Only they can decide it.");
            claimed.setId("claimed-by-other");
            add(claimed);
        } else if (actions.isEmpty()) {
            Paragraph none = new Paragraph(c.status().label() + ": there is nothing for you to decide here now.");
            none.setId("no-actions");
            add(none);
        } else {
            reason.setId("decision-reason");
            reason.setWidthFull();
            reason.setMaxLength(4000);
            reason.setHelperText("Required. A decision's reason and a question go to the exporter; a justification "
                    + "goes to the senior reviewer.");
            HorizontalLayout buttons = new HorizontalLayout();
            if (actions.contains(ReviewAction.DENY)) {
                denialReason.setItems(DenialReason.values());
                denialReason.setItemLabelGenerator(DenialReason::label);
                denialReason.setId("denial-reason");
                denialReason.setWidth("28em");
                add(denialReason);
            }
            addIf(buttons, actions, ReviewAction.APPROVE, "approve", ButtonVariant.LUMO_SUCCESS);
            addIf(buttons, actions, ReviewAction.DENY, "deny", ButtonVariant.LUMO_ERROR);
            addIf(buttons, actions, ReviewAction.REQUEST_INFORMATION, "request-information", ButtonVariant.LUMO_CONTRAST);
            addIf(buttons, actions, ReviewAction.ESCALATE, "escalate", ButtonVariant.LUMO_CONTRAST);
            addIf(buttons, actions, ReviewAction.RELEASE, "release", ButtonVariant.LUMO_TERTIARY);
            add(reason, buttons);
        }
    }

    void showDenialReasonError(String message) {
        denialReason.setErrorMessage(message);
        denialReason.setInvalid(true);
    }

    void showReasonError(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }

    private void addIf(HorizontalLayout buttons, Set<ReviewAction> actions, ReviewAction action, String id,
            ButtonVariant variant) {
        if (actions.contains(action)) {
            buttons.add(button(action, id, variant));
        }
    }

    private Button button(ReviewAction action, String id, ButtonVariant variant) {
        Button button = new Button(action.label(), e -> fireEvent(new ActionEvent(this, action, reason.getValue(),
                denialReason.getValue())));
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    static class ActionEvent extends ComponentEvent<DecisionPanel> {
        final ReviewAction action;
        final String reason;
        final DenialReason denialReason;

        ActionEvent(DecisionPanel source, ReviewAction action, String reason, DenialReason denialReason) {
            super(source, false);
            this.action = action;
            this.reason = reason;
            this.denialReason = denialReason;
        }
    }

    void addActionListener(ComponentEventListener<ActionEvent> listener) {
        addListener(ActionEvent.class, listener);
    }
}
