package com.tierline.webhook.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An organisation's HTTPS endpoint for signed events. Its settings are configuration, not the record: they change in
 * place, and every change is audited instead. The secret is held encrypted (see {@code WebhookSecrets}).
 */
@Entity
public class WebhookEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    private String url;
    private String description;
    private boolean active;
    private String secretEncrypted;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(Long organisationId, String url, String description, boolean active,
            String secretEncrypted, String createdBy, Instant createdAt) {
        this.organisationId = organisationId;
        this.url = url;
        this.description = description;
        this.active = active;
        this.secretEncrypted = secretEncrypted;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void change(String url, String description, boolean active) {
        this.url = url;
        this.description = description;
        this.active = active;
    }

    public void replaceSecret(String secretEncrypted) {
        this.secretEncrypted = secretEncrypted;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getUrl() {
        return url;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public String getSecretEncrypted() {
        return secretEncrypted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
