package com.tierline.notification.service;

import com.tierline.notification.domain.MailDelivery;
import com.tierline.notification.domain.MailDeliveryRepository;
import com.tierline.notification.domain.SentMail;
import com.tierline.notification.domain.SentMailRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The short transactions around one sending attempt: claim it, then record how it went. */
@Component
class MailDeliveries {

    /** What a claim answered: send now, nothing to do (already sent or given up), or someone else holds it. */
    enum Claim {
        SEND, SETTLED, HELD_ELSEWHERE
    }

    private final MailDeliveryRepository deliveries;
    private final SentMailRepository sent;
    private final Clock clock;
    private final Duration claimFor;
    private final Duration backOff;
    private final int maxAttempts;

    MailDeliveries(MailDeliveryRepository deliveries, SentMailRepository sent, Clock clock,
            @Value("${tierline.mail.claim-for:PT2M}") Duration claimFor,
            @Value("${tierline.mail.retry-back-off:PT1M}") Duration backOff,
            @Value("${tierline.mail.max-attempts:6}") int maxAttempts) {
        this.deliveries = deliveries;
        this.sent = sent;
        this.clock = clock;
        this.claimFor = claimFor;
        this.backOff = backOff;
        this.maxAttempts = maxAttempts;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Claim claim(String mailId) {
        Instant now = clock.instant();
        if (deliveries.claim(mailId, now, now.plus(claimFor)) == 1) {
            return Claim.SEND;
        }
        return deliveries.findById(mailId).filter(d -> d.getState() == MailDelivery.State.PENDING)
                .map(d -> Claim.HELD_ELSEWHERE).orElse(Claim.SETTLED);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sent(MailRequested mail, String subject) {
        sent.save(new SentMail(mail.mailId(), mail.to(), subject, mail.kind(), SentMail.Outcome.SENT, null,
                clock.instant()));
        deliveries.findById(mail.mailId()).ifPresent(MailDelivery::sent);
    }

    /** Answers whether the mail will be tried again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(MailRequested mail, String subject, String failure) {
        Instant now = clock.instant();
        sent.save(new SentMail(mail.mailId(), mail.to(), subject, mail.kind(), SentMail.Outcome.FAILED, failure, now));
        return deliveries.findById(mail.mailId()).map(d -> {
            d.failed(failure, now, backOff, maxAttempts);
            return d.getState() == MailDelivery.State.PENDING;
        }).orElse(false);
    }
}
