package com.tierline.webhook.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    List<WebhookDelivery> findByEndpointIdOrderByIdDesc(Long endpointId, Pageable page);

    /**
     * Deliveries due at {@code now} whose lease (if any) has run out, to active endpoints (a paused endpoint's wait
     * until it is resumed): candidates, not yet claimed.
     */
    @Query("select d from WebhookDelivery d where d.outcome = com.tierline.webhook.domain.WebhookDelivery.Outcome.PENDING"
            + " and d.nextAttemptAt <= :now and (d.claimedUntil is null or d.claimedUntil < :now)"
            + " and exists (select e.id from WebhookEndpoint e where e.id = d.endpointId and e.active = true)"
            + " order by d.nextAttemptAt, d.id")
    List<WebhookDelivery> findDue(@Param("now") Instant now, Pageable page);

    /**
     * Takes the lease on one delivery if nobody changed it since it was read: 1 when this node has it, 0 when another
     * node claimed (or finished) it first. The version check makes the claim safe on any database.
     */
    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update WebhookDelivery d set d.claimedUntil = :until, d.version = d.version + 1"
            + " where d.id = :id and d.version = :version")
    int claim(@Param("id") Long id, @Param("version") long version, @Param("until") Instant until);
}
