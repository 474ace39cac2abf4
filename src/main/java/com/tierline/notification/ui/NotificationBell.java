package com.tierline.notification.ui;

import com.tierline.notification.service.Notifications;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The header's bell: the signed-in person's unread count as a badge, opening the Notifications page. It counts
 * again when a notice for that person commits (server push), and whenever the page it sits on is opened.
 */
@SpringComponent
@Scope("prototype")
public class NotificationBell extends Button {

    private final Notifications notifications;
    private final NoticeBroadcaster broadcaster;
    private final Span badge = new Span();
    private Registration registration;

    NotificationBell(Notifications notifications, NoticeBroadcaster broadcaster) {
        super(VaadinIcon.BELL.create());
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        setId("notification-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        badge.getElement().getThemeList().addAll(java.util.List.of("badge", "error", "primary", "small", "pill"));
        badge.setId("notification-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        setSuffixComponent(badge);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
    }

    /** Counts the unread notices again; the badge disappears at none. */
    public final void refresh() {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            return; // a push that arrives after the person signed out: there is no one to count for
        }
        long unread = notifications.unreadCount();
        badge.setText(Formats.count(unread, getLocale()));
        badge.setVisible(unread > 0);
        String words = unread == 0 ? "No unread notifications"
                : Formats.count(unread, "unread notification", "unread notifications", getLocale());
        getElement().setAttribute("aria-label", words);
        setTooltipText(words);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        registration = broadcaster.register(event.getUI(), me, this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        super.onDetach(event);
    }
}
