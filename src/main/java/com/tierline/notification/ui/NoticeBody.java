package com.tierline.notification.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice's text as the app shows it: the same words as the mail, but the addresses in it are links one can click,
 * not text to copy into the address bar. The text itself stays text (never HTML), so nothing a sender typed is markup.
 */
class NoticeBody extends Div {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    NoticeBody(String text) {
        getStyle().set("white-space", "pre-line");
        Matcher address = ADDRESS.matcher(text);
        int from = 0;
        while (address.find()) {
            if (address.start() > from) {
                add(new Text(text.substring(from, address.start())));
            }
            add(new Anchor(address.group(), address.group()));
            from = address.end();
        }
        if (from < text.length()) {
            add(new Text(text.substring(from)));
        }
    }
}
