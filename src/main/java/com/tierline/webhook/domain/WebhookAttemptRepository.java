package com.tierline.webhook.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookAttemptRepository extends JpaRepository<WebhookAttempt, Long> {

    List<WebhookAttempt> findByDeliveryIdOrderByIdAsc(Long deliveryId);

    List<WebhookAttempt> findByDeliveryIdInOrderByIdAsc(Collection<Long> deliveryIds);
}
