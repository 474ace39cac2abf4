package com.tierline.notification.service;

import com.tierline.notification.domain.Notification;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.notification.domain.NotificationRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How features tell people what happened: one call writes the in-app notice of every recipient in the caller's
 * transaction and requests its mail, which goes after commit. The reading side is row-level: a person reads and
 * marks only their own notices (the signed-in name, so this feature needs nothing from identity).
 */
@Service
public class Notifications {

    /** A person to tell. The caller resolves who that is (an organisation's people, the case's holder, ...). */
    public record Recipient(String username, String email) {
    }

    /** A file sent with the mail (a decision letter); the in-app notice links to the case instead. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** What to tell, to whom. Values fill the kind's template; the case reference may be null. */
    public record Notice(List<Recipient> to, NotificationKind kind, String caseReference, Map<String, String> values,
            Attachment attachment) {

        public Notice {
            to = List.copyOf(to);
            values = Map.copyOf(values);
        }
    }

    private final NotificationRepository notifications;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final Clock clock;

    Notifications(NotificationRepository notifications, MailTemplates templates, Mailer mailer, Clock clock) {
        this.notifications = notifications;
        this.templates = templates;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Transactional
    public void notify(Notice notice) {
        MailTemplates.Rendered rendered = templates.render(notice.kind().template(), notice.values());
        for (Recipient recipient : notice.to()) {
            notifications.save(new Notification(recipient.username(), notice.kind(), notice.caseReference(),
                    rendered.subject(), rendered.body(), clock.instant()));
            if (recipient.email() != null) {
                mailer.send(recipient.email(), notice.kind().template(), notice.values());
            }
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> mine(int limit) {
        return notifications.findByRecipientOrderByIdDesc(me(), PageRequest.of(0, Math.max(1, Math.min(limit, 200))));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    /** Another person's notice answers as if it did not exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        notifications.findByIdAndRecipient(id, me())
                .orElseThrow(() -> new NoSuchElementException("No notification " + id))
                .markRead(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        notifications.findByRecipientAndReadAtIsNull(me()).forEach(n -> n.markRead(clock.instant()));
    }

    private static String me() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
