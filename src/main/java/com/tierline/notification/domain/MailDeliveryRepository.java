package com.tierline.notification.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MailDeliveryRepository extends JpaRepository<MailDelivery, String> {

    /**
     * Claims a pending mail for one sending attempt; answers 1 to exactly one caller. The UPDATE's WHERE is
     * evaluated under the row lock on both databases, so of two nodes resubmitting the same mail at once the second
     * finds the claim taken (claimed_until in the future) and sends nothing. A claim that outlives a crashed node
     * expires, and the mail is tried again.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update MailDelivery d set d.claimedUntil = :until, d.attempts = d.attempts + 1 where d.id = :id"
            + " and d.state = com.tierline.notification.domain.MailDelivery.State.PENDING"
            + " and (d.claimedUntil is null or d.claimedUntil < :now)")
    int claim(String id, Instant now, Instant until);

    /** Pending mails whose next attempt is due and that nobody holds: what the retry job resubmits. */
    @Query("select d.id from MailDelivery d where d.state = com.tierline.notification.domain.MailDelivery.State.PENDING"
            + " and d.nextAttemptAt <= :now and d.requestedAt <= :requestedBefore"
            + " and (d.claimedUntil is null or d.claimedUntil < :now)")
    List<String> findDue(Instant now, Instant requestedBefore);

    List<MailDelivery> findByStateOrderByRequestedAtDesc(MailDelivery.State state, Pageable page);

    List<MailDelivery> findByStateAndRecipientContainingIgnoreCaseOrderByRequestedAtDesc(MailDelivery.State state,
            String recipient, Pageable page);
}
