package com.tierline.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A person's choice whether one kind of notice also comes by e-mail. Without a row it does. */
@Entity
public class NotificationPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private boolean byEmail;
    private Instant changedAt;

    protected NotificationPreference() {
    }

    public NotificationPreference(String username, NotificationKind kind, boolean byEmail, Instant changedAt) {
        this.username = username;
        this.kind = kind;
        this.byEmail = byEmail;
        this.changedAt = changedAt;
    }

    public void choose(boolean byEmail, Instant at) {
        this.byEmail = byEmail;
        this.changedAt = at;
    }

    public String getUsername() {
        return username;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public boolean isByEmail() {
        return byEmail;
    }
}
