package com.tierline.notification.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text in which a case reference ("TL-2026-000002") is kept on one line: a wrapping cell would otherwise break it at
 * its hyphens. Only the display changes; the words stay as written, so they can be searched and copied.
 */
final class References {

    private static final Pattern REFERENCE = Pattern.compile("TL-\\d{4}-\\d+");

    private References() {
    }

    static Span unbroken(String text) {
        Span out = new Span();
        Matcher reference = REFERENCE.matcher(text);
        int from = 0;
        while (reference.find()) {
            out.add(new Text(text.substring(from, reference.start())));
            Span whole = new Span(reference.group());
            whole.getStyle().set("white-space", "nowrap");
            out.add(whole);
            from = reference.end();
        }
        out.add(new Text(text.substring(from)));
        return out;
    }
}
