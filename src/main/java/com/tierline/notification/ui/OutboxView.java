package com.tierline.notification.ui;

import com.tierline.notification.service.Outbox;
import com.tierline.notification.service.Outbox.Attempt;
import com.tierline.notification.service.Outbox.Pending;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The administrator's view of the application's mail: what is waiting to go, and every attempt made. */
@Route("admin/outbox")
@PageTitle("Outbox · Tierline")
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout {

    static final int SHOWN = 200;

    private final Outbox outbox;
    private final TextField recipient = new TextField("Recipient");
    private final Grid<Pending> pending = new Grid<>();
    private final Grid<Attempt> attempts = new Grid<>();
    private final Paragraph nonePending = new Paragraph("No mail is waiting to be delivered.");

    public OutboxView(Outbox outbox) {
        this.outbox = outbox;
        recipient.setId("outbox-recipient");
        recipient.setPlaceholder("Part of an e-mail address");
        recipient.setClearButtonVisible(true);
        recipient.setWidth("22rem");
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.addValueChangeListener(e -> refresh());

        pending.setId("outbox-pending");
        pending.addColumn(p -> Formats.dateTime(p.since(), getLocale())).setHeader("Waiting since").setAutoWidth(true);
        pending.addColumn(Pending::to).setHeader("To").setAutoWidth(true);
        pending.addColumn(Pending::kind).setHeader("Kind").setWidth("11rem").setFlexGrow(1);
        pending.addColumn(Pending::subject).setHeader("Subject").setWidth("12rem").setFlexGrow(3);
        pending.addColumn(p -> Formats.count(p.attempts(), getLocale())).setHeader("Attempts").setAutoWidth(true);
        pending.addColumn(p -> p.attempts() == 0 ? "Now" : Formats.dateTime(p.nextAttempt(), getLocale()))
                .setHeader("Next attempt").setAutoWidth(true);
        pending.addColumn(p -> p.lastFailure() == null ? "" : p.lastFailure()).setHeader("Last failure")
                .setWidth("8rem").setFlexGrow(1);
        pending.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        pending.setAllRowsVisible(true);

        attempts.setId("outbox-attempts");
        // Five columns fit 1366 px without sideways scrolling: the kind sits under its subject and a failure under
        // its outcome, rather than each taking a column that is mostly empty.
        attempts.addColumn(a -> Formats.dateTime(a.at(), getLocale())).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        attempts.addColumn(Attempt::to).setHeader("To").setWidth("14rem").setFlexGrow(1);
        attempts.addComponentColumn(a -> twoLines(a.subject(), a.kind())).setHeader("Mail").setKey("mail")
                .setWidth("16rem").setFlexGrow(3);
        attempts.addComponentColumn(a -> twoLines(a.outcome(), a.failure())).setHeader("Outcome").setKey("outcome")
                .setWidth("10rem").setFlexGrow(1);
        attempts.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        attempts.setAllRowsVisible(true);

        add(new H1("Outbox"), recipient, new H2("Waiting to be delivered"), nonePending, pending,
                new H2("Attempts, newest first"), attempts);
        refresh();
    }

    /** A first line and, when there is one, a quieter second line under it. */
    static Div twoLines(String first, String second) {
        Div cell = new Div(References.unbroken(first));
        if (second != null && !second.isBlank()) {
            Div under = new Div(References.unbroken(second));
            under.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            cell.add(under);
        }
        return cell;
    }

    private void refresh() {
        List<Pending> waiting = outbox.pending(recipient.getValue(), SHOWN);
        pending.setItems(waiting);
        pending.setVisible(!waiting.isEmpty());
        nonePending.setVisible(waiting.isEmpty());
        attempts.setItems(outbox.attempts(recipient.getValue(), SHOWN));
    }
}
