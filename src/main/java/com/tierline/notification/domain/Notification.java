package com.tierline.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One notice to one person in the app. Only {@code readAt} ever changes: it is the reader's state. */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String caseReference;
    private String subject;
    private String body;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, NotificationKind kind, String caseReference, String subject, String body,
            Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.caseReference = caseReference;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
