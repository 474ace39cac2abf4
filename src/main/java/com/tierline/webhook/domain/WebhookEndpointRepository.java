package com.tierline.webhook.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, Long> {

    List<WebhookEndpoint> findByOrganisationIdOrderByIdAsc(Long organisationId);

    List<WebhookEndpoint> findByOrganisationIdAndActiveTrue(Long organisationId);

    Optional<WebhookEndpoint> findByIdAndOrganisationId(Long id, Long organisationId);
}
