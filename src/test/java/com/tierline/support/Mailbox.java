package com.tierline.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;

/**
 * The mail the embedded SMTP server (GreenMail) received, read as a person reads it: by recipient and subject, the
 * text decoded. Mail goes after commit on another thread, so a look waits (without sleeping) until it is there.
 */
public final class Mailbox {

    private final GreenMail smtp;

    private Mailbox(ApplicationContext context) {
        this.smtp = context.getBean(GreenMail.class);
    }

    public static Mailbox in(ApplicationContext context) {
        return new Mailbox(context);
    }

    /** The one mail to {@code address} with exactly this subject, once it has arrived; fails if there are two. */
    public MimeMessage the(String address, String subject) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !to(address, subject).isEmpty());
        List<MimeMessage> found = to(address, subject);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " mails to " + address + " with subject " + subject);
        }
        return found.get(0);
    }

    /** Mails received so far to {@code address} whose subject contains {@code part} (a case reference, say). */
    public List<MimeMessage> to(String address, String part) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> addressedTo(m, address))
                .filter(m -> subject(m).contains(part)).toList();
    }

    /** The plain text a person reads: the body itself, or the text part of a mail with attachments. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain") && part.getFileName() == null) {
                        return part.getContent().toString().replace("\r\n", "\n");
                    }
                }
                throw new AssertionError("no text part in " + subject(message));
            }
            return content.toString().replace("\r\n", "\n");
        } catch (MessagingException e) {
            throw new AssertionError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
