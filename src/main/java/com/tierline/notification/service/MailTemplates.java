package com.tierline.notification.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Plain-text mails kept as resources, {@code mail/<kind>.txt}: a first line {@code Subject: ...}, a blank line, the
 * body; {@code ${name}} is replaced by a value. Senders name a kind and give values, so another language is another
 * file, not a change to a sender.
 */
@Component
class MailTemplates {

    record Rendered(String subject, String body) {
    }

    Rendered render(String kind, Map<String, String> values) {
        if (!kind.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Not a mail kind: " + kind);
        }
        String text;
        try (InputStream in = new ClassPathResource("mail/" + kind + ".txt").getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No mail template for " + kind, e);
        }
        StringSubstitutor substitutor = new StringSubstitutor(values);
        // A value is never itself a template: "${x}" typed into a name stays as typed.
        substitutor.setDisableSubstitutionInValues(true);
        substitutor.setEnableUndefinedVariableException(true);
        String filled = substitutor.replace(text.replace("\r\n", "\n"));
        int end = filled.indexOf("\n\n");
        if (!filled.startsWith("Subject: ") || end < 0) {
            throw new IllegalStateException("mail/" + kind + ".txt must start with 'Subject: ' and a blank line");
        }
        return new Rendered(filled.substring("Subject: ".length(), end).strip(), filled.substring(end + 2));
    }
}
