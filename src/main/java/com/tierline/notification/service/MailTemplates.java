package com.tierline.notification.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Plain-text mails kept as resources, {@code mail/<kind>.txt}: a first line {@code Subject: ...}, a blank line, the
 * body; {@code ${name}} is replaced by a value. Senders name a kind and give values, so another language is another
 * file, not a change to a sender: for a reader of Traditional Chinese {@code mail/zh-TW/<kind>.txt} is used if it
 * exists, then {@code mail/zh/<kind>.txt}, then the English {@code mail/<kind>.txt}. The same template also gives
 * the in-app notice; a line only true of a mail ("the letter is attached") starts with {@code [mail] } and a line
 * only true in the app with {@code [app] }, so one file serves both without a fork per medium.
 */
@Component
class MailTemplates {

    record Rendered(String subject, String body) {
    }

    /** Where the text is read: in a mail, or in the app's list of notices. */
    enum Medium {
        MAIL("[mail] ", "[app] "), APP("[app] ", "[mail] ");

        private final String kept;
        private final String dropped;

        Medium(String kept, String dropped) {
            this.kept = kept;
            this.dropped = dropped;
        }

        /** Applied to the template before its values go in, so a typed value can never pass for a marker. */
        String select(String template) {
            StringBuilder out = new StringBuilder();
            for (String line : template.split("\n", -1)) {
                if (line.startsWith(dropped)) {
                    continue;
                }
                out.append(line.startsWith(kept) ? line.substring(kept.length()) : line).append('\n');
            }
            return out.substring(0, out.length() - 1);
        }
    }

    Rendered render(String kind, Map<String, String> values) {
        return render(kind, values, null);
    }

    Rendered render(String kind, Map<String, String> values, Locale locale) {
        return render(kind, values, locale, Medium.MAIL);
    }

    Rendered render(String kind, Map<String, String> values, Locale locale, Medium medium) {
        if (!kind.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Not a mail kind: " + kind);
        }
        ClassPathResource template = candidates(kind, locale).stream().filter(ClassPathResource::exists).findFirst()
                .orElseThrow(() -> new UncheckedIOException(new IOException("No mail template for " + kind)));
        String text;
        try (InputStream in = template.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No mail template for " + kind, e);
        }
        StringSubstitutor substitutor = new StringSubstitutor(values);
        // A value is never itself a template: "${x}" typed into a name stays as typed.
        substitutor.setDisableSubstitutionInValues(true);
        substitutor.setEnableUndefinedVariableException(true);
        String filled = substitutor.replace(medium.select(text.replace("\r\n", "\n")));
        int end = filled.indexOf("\n\n");
        if (!filled.startsWith("Subject: ") || end < 0) {
            throw new IllegalStateException(template.getPath() + " must start with 'Subject: ' and a blank line");
        }
        return new Rendered(filled.substring("Subject: ".length(), end).strip(), filled.substring(end + 2));
    }

    /** Most specific first; English is the file without a language folder, so it is always last. */
    private static List<ClassPathResource> candidates(String kind, Locale locale) {
        List<ClassPathResource> found = new ArrayList<>();
        if (locale != null && !locale.getLanguage().isEmpty() && !locale.getLanguage().equals("en")) {
            String tag = locale.toLanguageTag();
            if (tag.matches("[A-Za-z0-9-]+")) {
                found.add(new ClassPathResource("mail/" + tag + "/" + kind + ".txt"));
            }
            if (!tag.equals(locale.getLanguage())) {
                found.add(new ClassPathResource("mail/" + locale.getLanguage() + "/" + kind + ".txt"));
            }
        }
        found.add(new ClassPathResource("mail/" + kind + ".txt"));
        return found;
    }
}
