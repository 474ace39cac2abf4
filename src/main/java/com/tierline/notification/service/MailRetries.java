package com.tierline.notification.service;

import com.tierline.notification.domain.MailDeliveryRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again the mails whose last attempt failed, once their back-off has passed, by resubmitting their
 * incomplete publications to {@link MailDispatch}; and deletes completed publications, so that the registry does
 * not grow (completion mode "delete" removes most at once; this catches those completed by an older node).
 * Every node runs this: the claim on each mail's row (see MailDeliveryRepository.claim) makes sure only one sends.
 */
@Component
class MailRetries {

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final MailDeliveryRepository deliveries;
    private final Clock clock;
    private final Duration backOff;

    MailRetries(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            MailDeliveryRepository deliveries, Clock clock,
            @Value("${tierline.mail.retry-back-off:PT1M}") Duration backOff) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.deliveries = deliveries;
        this.clock = clock;
        this.backOff = backOff;
    }

    @Scheduled(fixedDelayString = "${tierline.mail.retry-interval:PT30S}",
            initialDelayString = "${tierline.mail.retry-interval:PT30S}")
    void onSchedule() {
        resubmitDue(clock.instant());
        completed.deletePublicationsOlderThan(Duration.ofHours(1));
    }

    /**
     * Resubmits the mails due at this instant. A mail requested less than a back-off ago is left to its first
     * dispatch, which may still be running.
     */
    int resubmitDue(Instant now) {
        Set<String> due = new HashSet<>(deliveries.findDue(now, now.minus(backOff)));
        if (!due.isEmpty()) {
            incomplete.resubmitIncompletePublications(
                    p -> p.getEvent() instanceof MailRequested mail && due.contains(mail.mailId()));
        }
        return due.size();
    }
}
