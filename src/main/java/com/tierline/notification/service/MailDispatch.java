package com.tierline.notification.service;

import com.tierline.notification.domain.SentMail;
import com.tierline.notification.domain.SentMailRepository;
import com.tierline.notification.service.Mailer.MailRequested;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Sends each requested mail after its transaction commits, off the request's thread, and records the attempt. */
@Component
class MailDispatch {

    private static final Logger log = LoggerFactory.getLogger(MailDispatch.class);

    private final MailTemplates templates;
    private final ObjectProvider<JavaMailSender> sender;
    private final SentMailRepository sent;
    private final Clock clock;
    private final String from;

    MailDispatch(MailTemplates templates, ObjectProvider<JavaMailSender> sender, SentMailRepository sent, Clock clock,
            @Value("${tierline.mail.from}") String from) {
        this.templates = templates;
        this.sender = sender;
        this.sent = sent;
        this.clock = clock;
        this.from = from;
    }

    /** fallbackExecution: a mail requested outside any transaction (none yet) still goes. */
    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void dispatch(MailRequested mail) {
        MailTemplates.Rendered rendered = templates.render(mail.kind(), mail.values());
        SentMail.Outcome outcome = SentMail.Outcome.SENT;
        String failure = null;
        try {
            JavaMailSender smtp = sender.getIfAvailable();
            if (smtp == null) {
                throw new IllegalStateException("No mail server is configured (set spring.mail.host)");
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.to());
            message.setSubject(rendered.subject());
            message.setText(rendered.body());
            smtp.send(message);
        } catch (RuntimeException e) {
            outcome = SentMail.Outcome.FAILED;
            failure = e.getMessage();
            log.warn("Mail '{}' to {} was not sent: {}", mail.kind(), mail.to(), e.getMessage());
        }
        sent.save(new SentMail(mail.to(), rendered.subject(), mail.kind(), outcome, failure, clock.instant()));
    }
}
