package com.tierline.notification.service;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * How features send mail: name the kind of mail (its template) and give the values. Called inside the business
 * transaction, the mail goes only once that transaction has committed (a refused or rolled-back action mails
 * nobody), on another thread, and a mail server that is down never fails the action: the attempt is recorded.
 */
@Service
public class Mailer {

    /** One mail to go after commit. Values are the template's placeholders. */
    record MailRequested(String to, String kind, Map<String, String> values) {
    }

    private final ApplicationEventPublisher events;

    Mailer(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void send(String to, String kind, Map<String, String> values) {
        events.publishEvent(new MailRequested(to, kind, Map.copyOf(values)));
    }
}
