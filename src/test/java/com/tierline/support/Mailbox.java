package com.tierline.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;

/**
 * The mail the embedded SMTP server (GreenMail) received, read as a person reads it: by recipient and subject, the
 * text decoded, the files attached. Mail goes after commit on another thread, so a look waits (without sleeping) until it is there.
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
            String text = textIn(message);
            if (text == null) {
                throw new AssertionError("no text part in " + subject(message));
            }
            return text.replace("\r\n", "\n");
        } catch (MessagingException e) {
            throw new AssertionError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file attached to a mail, as a mail program saves it: its name, its MIME type (no parameters), its bytes. */
    public record Attached(String fileName, String contentType, byte[] content) {
    }

    /** The files attached to the mail, in order, however deeply its parts are nested. */
    public static List<Attached> attachments(MimeMessage message) {
        try {
            List<Attached> found = new ArrayList<>();
            collectAttachments(message, found);
            return found;
        } catch (MessagingException e) {
            throw new AssertionError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first text/plain part that is no attachment. Spring's MimeMessageHelper nests the text of a mail with
     * attachments one level down (multipart/mixed holding multipart/related), so the parts are walked in depth.
     */
    private static String textIn(Part part) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                String text = textIn(parts.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        return part.isMimeType("text/plain") && !isAttachment(part) ? part.getContent().toString() : null;
    }

    private static void collectAttachments(Part part, List<Attached> found) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                collectAttachments(parts.getBodyPart(i), found);
            }
        } else if (isAttachment(part)) {
            try (InputStream content = part.getInputStream()) {
                found.add(new Attached(part.getFileName(), new ContentType(part.getContentType()).getBaseType()
                        .toLowerCase(Locale.ROOT), content.readAllBytes()));
            }
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
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
