package com.tierline.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.icegreen.greenmail.util.GreenMail;
import com.tierline.notification.domain.MailDeliveryRepository;
import com.tierline.notification.domain.Notification;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.notification.domain.SentMail;
import com.tierline.notification.domain.SentMailRepository;
import com.tierline.notification.service.Mailer;
import com.tierline.notification.service.Notifications;
import com.tierline.notification.service.Notifications.Notice;
import com.tierline.notification.service.Notifications.Recipient;
import com.tierline.notification.service.Outbox;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The bell, the Notifications page with its e-mail choices, and the administrator's Outbox, as a person uses them. */
class NotificationScreensIT extends KaribuIT {

    @Autowired Notifications notifications;
    @Autowired Mailer mailer;
    @Autowired Outbox outbox;
    @Autowired SentMailRepository sentMail;
    @Autowired MailDeliveryRepository deliveries;
    @Autowired GreenMail smtp;

    @Test
    void theBellCountsUnreadNoticesLiveAndThePageMarksThemRead() {
        signInAs("exporter1");
        notifications.markAllRead();
        UI.getCurrent().navigate(NotificationsView.class);
        Button bell = _get(Button.class, b -> b.withId("notification-bell"));
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("No unread notifications");

        String id = unique();
        notifications.notify(approved("exporter1", null, id));
        notifications.notify(approved("exporter2", null, id));

        // The broadcaster's push reaches this UI; Karibu runs the pending UI.access tasks on this thread.
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("1 unread notification");
        });
        assertThat(_get(Span.class, s -> s.withId("notification-count")).getText()).isEqualTo("1");

        UI.getCurrent().navigate(NotificationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Notification> grid = _get(Grid.class, g -> g.withId("notifications-grid"));
        Notification newest = GridKt._get(grid, 0);
        assertThat(newest.getSubject()).isEqualTo("Acme " + id + " is approved on Tierline");
        assertThat(newest.isUnread()).isTrue();
        _click((Button) GridKt._getCellComponent(grid, 0, "read"));
        assertThat(GridKt._get(grid, 0).isUnread()).isFalse();
        Button bellAfterMarking = _get(Button.class, b -> b.withId("notification-bell"));
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(bellAfterMarking.getElement().getAttribute("aria-label")).isEqualTo("No unread notifications");
        });
        assertThatThrownBy(() -> notifications.markRead(GridKt._get(grid, 0).getId() + 1_000_000))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void openingTheCaseFromANoticeMarksItRead() {
        String reference = com.tierline.support.Cases.in(context).filed("exporter1", "AE");
        signInAs("exporter1");
        notifications.markAllRead();
        notifications.notify(new Notice(List.of(new Recipient("exporter1", null)),
                NotificationKind.ORGANISATION_APPROVED, reference, values(unique(), "exporter1"), null));
        UI.getCurrent().navigate(NotificationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Notification> grid = _get(Grid.class, g -> g.withId("notifications-grid"));
        assertThat(GridKt._get(grid, 0).isUnread()).isTrue();

        _click((Button) GridKt._getCellComponent(grid, 0, "case"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("applications/" + reference);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.mine(1).get(0).isUnread()).isFalse();
    }

    @Test
    void someoneWhoTurnedOffEmailForAKindIsToldInTheAppButGetsNoMail() {
        signInAs("exporter2");
        UI.getCurrent().navigate(NotificationsView.class);
        Checkbox approvedByEmail = _get(Checkbox.class, c -> c.withId("email-registration-approved"));
        assertThat(approvedByEmail.getLabel()).isEqualTo(NotificationKind.ORGANISATION_APPROVED.label());
        assertThat(approvedByEmail.getValue()).as("e-mail is on by default").isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Checkbox.class,
                c -> c.withId("email-case-assigned"))).as("a reviewer's kind is not offered").isEmpty();
        _setValue(approvedByEmail, false);
        try {
            String id = unique();
            notifications.notify(approved("exporter2", "exporter2@northwind.example", id));
            notifications.notify(new Notice(List.of(new Recipient("exporter2", "exporter2@northwind.example")),
                    NotificationKind.ORGANISATION_REFUSED, null, values(id, "exporter2"), null));

            assertThat(notifications.mine(2)).extracting(Notification::getSubject).containsExactly(
                    "The registration of Acme " + id + " was refused", "Acme " + id + " is approved on Tierline");
            await().atMost(Duration.ofSeconds(10)).until(() -> subjects().contains(
                    "The registration of Acme " + id + " was refused"));
            assertThat(subjects()).doesNotContain("Acme " + id + " is approved on Tierline");
            assertThat(deliveries.findAll()).noneMatch(d -> d.getSubject().equals("Acme " + id
                    + " is approved on Tierline"));
        } finally {
            notifications.chooseEmail(NotificationKind.ORGANISATION_APPROVED, true);
        }
    }

    @Test
    void theOutboxShowsAnAdministratorEveryAttemptInWordsFilteredByRecipient() {
        String id = unique();
        mailer.send("outbox-" + id + "@acme.example", "registration-approved", values(id, "ann"));
        await().atMost(Duration.ofSeconds(10)).until(() -> sentMail.findByRecipientOrderByIdAsc(
                "outbox-" + id + "@acme.example").stream().anyMatch(m -> m.getOutcome() == SentMail.Outcome.SENT));

        signInAs("admin1");
        UI.getCurrent().navigate(OutboxView.class);
        _setValue(_get(TextField.class, t -> t.withId("outbox-recipient")), "OUTBOX-" + id);
        @SuppressWarnings("unchecked")
        Grid<Outbox.Attempt> attempts = _get(Grid.class, g -> g.withId("outbox-attempts"));
        assertThat(GridKt._size(attempts)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(attempts, 0)).contains("outbox-" + id + "@acme.example");
        assertThat(GridKt._getCellComponent(attempts, 0, "mail").getElement().getTextRecursively())
                .as("the kind under its subject").isEqualTo("Acme " + id + " is approved on Tierline"
                        + "Your organisation is approved");
        assertThat(GridKt._getCellComponent(attempts, 0, "outcome").getElement().getTextRecursively())
                .as("no failure, no second line").isEqualTo("Sent");

        signInAs("exporter1");
        assertThatThrownBy(() -> outbox.attempts("", 10)).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> subjects() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString()
                        .equalsIgnoreCase("exporter2@northwind.example"));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static Notice approved(String username, String email, String id) {
        return new Notice(List.of(new Recipient(username, email)), NotificationKind.ORGANISATION_APPROVED, null,
                values(id, username), null);
    }

    private static Map<String, String> values(String id, String username) {
        return Map.of("name", "Ann", "organisation", "Acme " + id, "username", username, "link",
                "http://localhost/login", "reason", "No number");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
