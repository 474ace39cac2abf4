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
import com.tierline.shared.ui.Confirmation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Shows only the actions the process and the rules allow this reviewer now, and fires the chosen one. */
class DecisionPanel extends VerticalLayout {

    private final TextArea reason = new TextArea("Reason, question or justification");
    private final ComboBox<DenialReason> denialReason = new ComboBox<>("Reason for a denial");

    private final CaseDetails c;
    private final String destination;
    private final LocalDate licenceValidUntil;
    private final int appealWindowDays;

    /**
     * {@code destination} is the destination's name; {@code licenceValidUntil} and {@code appealWindowDays} are what an approval or a denial made now would mean,
     * so that the confirmation can say so before it is made.
     */
    DecisionPanel(CaseDetails c, String me, UnaryOperator<String> people, Set<ReviewAction> actions,
            String destination, LocalDate licenceValidUntil, int appealWindowDays) {
        this.c = c;
        this.destination = destination;
        this.licenceValidUntil = licenceValidUntil;
        this.appealWindowDays = appealWindowDays;
        setPadding(false);
        add(new H3("Decision"));
        if (actions.contains(ReviewAction.CLAIM)) {
            add(new Paragraph("Unclaimed. Claim the case to work on it."),
                    button(ReviewAction.CLAIM, "claim", ButtonVariant.LUMO_PRIMARY));
        } else if (c.assignee() != null && !c.assignee().equals(me)) {
            Paragraph claimed = new Paragraph("Claimed by " + people.apply(c.assignee()) + " since "
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
        Button button = new Button(action.label(), e -> confirmThenFire(action));
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    /**
     * Decisions and referrals are asked about first, with their consequence in words. Without a reason (or a denial
     * code) nothing would happen anyway, so the service's refusal is shown on the field straight away instead.
     */
    private void confirmThenFire(ReviewAction action) {
        boolean complete = !reason.getValue().isBlank()
                && (action != ReviewAction.DENY || denialReason.getValue() != null);
        String consequence = complete ? consequence(action) : null;
        if (consequence == null) {
            fire(action);
            return;
        }
        Confirmation.of(action.label() + " " + c.reference() + "?", consequence, action.label(),
                action == ReviewAction.APPROVE ? ButtonVariant.LUMO_SUCCESS
                        : action == ReviewAction.DENY ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST,
                () -> fire(action)).open();
    }

    /** What the act means for the exporter and the case; null for acts that need no confirmation. */
    private String consequence(ReviewAction action) {
        Locale locale = getLocale();
        return switch (action) {
            case APPROVE -> "Approve " + c.reference() + ": " + Formats.number(c.h100Equivalents(), locale)
                    + " H100-equivalents to " + destination + "; licence valid until "
                    + Formats.date(licenceValidUntil, locale) + ". The exporter is told at once.";
            case DENY -> "Deny " + c.reference() + " (" + denialReason.getValue().label() + "): the exporter is told "
                    + "the reason and may appeal within " + appealWindowDays + " days.";
            case ESCALATE -> "Refer " + c.reference() + " to senior review: it leaves your queue and a senior "
                    + "reviewer decides it, with your justification in front of them.";
            default -> null;
        };
    }

    private void fire(ReviewAction action) {
        fireEvent(new ActionEvent(this, action, reason.getValue(), denialReason.getValue()));
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
