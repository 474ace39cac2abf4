package com.tierline.notification.service;

import com.tierline.notification.domain.MailDelivery;
import com.tierline.notification.domain.MailDeliveryRepository;
import com.tierline.notification.service.Notifications.Attachment;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How features send mail: name the kind of mail (its template) and give the values. Called inside the business
 * transaction, the mail goes only once that transaction has committed (a refused or rolled-back action mails
 * nobody), on another thread, and a mail server that is down never fails the action: the attempt is recorded and
 * retried. The template is filled here already, so a missing value fails the action instead of the mail.
 */
@Service
public class Mailer {

    private final ApplicationEventPublisher events;
    private final MailTemplates templates;
    private final MailDeliveryRepository deliveries;
    private final Clock clock;

    Mailer(ApplicationEventPublisher events, MailTemplates templates, MailDeliveryRepository deliveries, Clock clock) {
        this.events = events;
        this.templates = templates;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Transactional
    public void send(String to, String kind, Map<String, String> values) {
        send(to, kind, values, null, null);
    }

    /** The same, in the reader's language where a template exists for it, with a file attached (or null). */
    @Transactional
    public void send(String to, String kind, Map<String, String> values, Locale locale, Attachment attachment) {
        Map<String, String> copy = Map.copyOf(values);
        String subject = templates.render(kind, copy, locale).subject();
        String id = UUID.randomUUID().toString();
        deliveries.save(new MailDelivery(id, to, subject, kind, clock.instant()));
        events.publishEvent(new MailRequested(id, to, kind, copy, locale == null ? null : locale.toLanguageTag(),
                attachment));
    }
}
