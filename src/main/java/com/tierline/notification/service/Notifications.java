package com.tierline.notification.service;

import com.tierline.notification.domain.Notification;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.notification.domain.NotificationPreference;
import com.tierline.notification.domain.NotificationPreferenceRepository;
import com.tierline.notification.domain.NotificationRepository;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
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

    /**
     * A person to tell. The caller resolves who that is (an organisation's people, the case's holder, ...). The
     * locale chooses the language of the notice and its mail (null: English); the e-mail may be null (in-app only).
     */
    public record Recipient(String username, String email, Locale locale) {

        public Recipient(String username, String email) {
            this(username, email, null);
        }
    }

    /**
     * A file sent with the mail (a decision letter); the in-app notice links to the case instead. Its bytes travel
     * inside the mail's stored event until the mail is delivered, so it is kept small: a letter, not a dossier.
     */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public static final int MAX_BYTES = 2 * 1024 * 1024;

        public Attachment {
            if (fileName == null || fileName.isBlank() || contentType == null || content == null) {
                throw new IllegalArgumentException("An attachment needs a file name, a content type and content");
            }
            if (content.length > MAX_BYTES) {
                throw new IllegalArgumentException("An attachment of " + content.length + " bytes is more than the "
                        + MAX_BYTES + " a mail carries");
            }
        }
    }

    /** One kind of notice and whether the signed-in person also wants it by e-mail. */
    public record EmailChoice(NotificationKind kind, boolean byEmail) {
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
    private final NotificationPreferenceRepository preferences;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(NotificationRepository notifications, NotificationPreferenceRepository preferences,
            MailTemplates templates, Mailer mailer, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.templates = templates;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
    }

    /** In the app always; by e-mail unless the recipient turned e-mail off for this kind. */
    @Transactional
    public void notify(Notice notice) {
        Set<String> noEmail = preferences.findByKindAndByEmailFalseAndUsernameIn(notice.kind(),
                notice.to().stream().map(Recipient::username).toList()).stream()
                .map(p -> p.getUsername()).collect(Collectors.toSet());
        for (Recipient recipient : notice.to()) {
            MailTemplates.Rendered rendered = templates.render(notice.kind().template(), notice.values(),
                    recipient.locale(), MailTemplates.Medium.APP);
            notifications.save(new Notification(recipient.username(), notice.kind(), notice.caseReference(),
                    rendered.subject(), rendered.body(), clock.instant()));
            if (recipient.email() != null && !noEmail.contains(recipient.username())) {
                mailer.send(recipient.email(), notice.kind().template(), notice.values(), recipient.locale(),
                        notice.attachment());
            }
        }
        events.publishEvent(new NoticesChanged(notice.to().stream().map(Recipient::username)
                .collect(Collectors.toSet())));
    }

    /** The kinds that concern the signed-in person's roles, each with their e-mail choice (default: by e-mail). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EmailChoice> emailChoices() {
        Map<NotificationKind, Boolean> chosen = preferences.findByUsername(me()).stream()
                .collect(Collectors.toMap(NotificationPreference::getKind, NotificationPreference::isByEmail));
        Set<String> roles = myRoles();
        return Arrays.stream(NotificationKind.values()).filter(k -> k.concerns(roles))
                .map(k -> new EmailChoice(k, chosen.getOrDefault(k, true))).toList();
    }

    /** A kind that does not concern the person's roles is refused rather than stored unseen. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseEmail(NotificationKind kind, boolean byEmail) {
        if (!kind.concerns(myRoles())) {
            throw new IllegalArgumentException("'" + kind.label() + "' does not concern your role");
        }
        preferences.findByUsernameAndKind(me(), kind).ifPresentOrElse(p -> p.choose(byEmail, clock.instant()),
                () -> preferences.save(new NotificationPreference(me(), kind, byEmail, clock.instant())));
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
        events.publishEvent(new NoticesChanged(Set.of(me())));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        notifications.findByRecipientAndReadAtIsNull(me()).forEach(n -> n.markRead(clock.instant()));
        events.publishEvent(new NoticesChanged(Set.of(me())));
    }

    private static Set<String> myRoles() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
    }

    private static String me() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
