package com.tierline.notification.ui;

import com.tierline.notification.domain.Notification;
import com.tierline.notification.service.Notifications;
import com.tierline.notification.service.Notifications.EmailChoice;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Everyone's own notices, newest first, and which kinds also come by e-mail. Only the signed-in person's rows are
 * ever read or marked (Notifications answers for the signed-in name alone).
 */
@Route("notifications")
@PageTitle("Notifications · Tierline")
@PermitAll
public class NotificationsView extends VerticalLayout {

    static final int SHOWN = 200;

    private final Notifications notifications;
    private final Grid<Notification> grid = new Grid<>();
    private final Paragraph none = new Paragraph("You have no notifications yet.");

    public NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        Button markAll = new Button("Mark all as read", e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("mark-all-read");

        grid.setId("notifications-grid");
        grid.addComponentColumn(n -> {
            Span title = new Span(n.getSubject());
            if (n.isUnread()) {
                title.getStyle().set("font-weight", "600");
            }
            return title;
        }).setHeader("Notice").setFlexGrow(3);
        grid.addColumn(n -> Formats.dateTime(n.getCreatedAt(), getLocale())).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::caseLink).setHeader("Case").setKey("case").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::readState).setHeader("Read").setKey("read").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                n -> new NoticeBody(n.getBody())));
        grid.setAllRowsVisible(true);

        add(new H1("Notifications"), new HorizontalLayout(markAll), none, grid, new H2("E-mail"),
                new Paragraph("Every notice appears here. Tick the kinds you also want by e-mail."), emailChoices());
        refresh();
    }

    private Component caseLink(Notification n) {
        if (n.getCaseReference() == null) {
            return new Span("—");
        }
        String route = caseRoute();
        if (route == null) {
            return new Span(n.getCaseReference());
        }
        // Opening the case is reading the notice: it is marked read on the way, so it does not stay bold.
        Button open = new Button(n.getCaseReference(), e -> {
            if (n.isUnread()) {
                notifications.markRead(n.getId());
            }
            getUI().ifPresent(ui -> ui.navigate(route + n.getCaseReference()));
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.setId("open-case-" + n.getId());
        return open;
    }

    private Component readState(Notification n) {
        if (!n.isUnread()) {
            return new Span("Read");
        }
        Button read = new Button("Mark as read", e -> {
            notifications.markRead(n.getId());
            refresh();
        });
        read.addThemeVariants(ButtonVariant.LUMO_SMALL);
        read.setId("mark-read-" + n.getId());
        return read;
    }

    private Component emailChoices() {
        VerticalLayout choices = new VerticalLayout();
        choices.setId("email-choices");
        choices.setPadding(false);
        choices.setSpacing(false);
        List<EmailChoice> kinds = notifications.emailChoices();
        if (kinds.isEmpty()) {
            choices.add(new Paragraph("No kind of notice concerns your role."));
        }
        for (EmailChoice choice : kinds) {
            Checkbox box = new Checkbox(choice.kind().label(), choice.byEmail());
            box.setId("email-" + choice.kind().template());
            box.addValueChangeListener(e -> {
                notifications.chooseEmail(choice.kind(), e.getValue());
                com.vaadin.flow.component.notification.Notification.show((e.getValue() ? "By e-mail too: "
                        : "In the app only: ") + choice.kind().label(), 3000,
                        com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
            });
            choices.add(box);
        }
        return choices;
    }

    private void refresh() {
        List<Notification> mine = notifications.mine(SHOWN);
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        none.setVisible(mine.isEmpty());
    }

    /** The case page the reader's role opens: the exporter's application, the reviewer's case, the audit trail. */
    private static String caseRoute() {
        Set<String> roles = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (roles.contains("ROLE_EXPORTER")) {
            return "applications/";
        }
        if (roles.contains("ROLE_REVIEWER") || roles.contains("ROLE_SENIOR_REVIEWER")) {
            return "review/";
        }
        if (roles.contains("ROLE_AUDITOR")) {
            return "audit/cases/";
        }
        return null;
    }
}
