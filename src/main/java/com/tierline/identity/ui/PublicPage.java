package com.tierline.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The frame of the pages reached from a mail or the sign-in page, without the signed-in navigation. */
abstract class PublicPage extends Main {

    PublicPage() {
        addClassName("public-page");
        // One column: fields, their messages and the button below each other, as on the sign-in page.
        getStyle().set("max-width", "40rem").set("margin", "0 auto").set("padding", "1rem")
                .set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("gap", "var(--lumo-space-s)");
    }

    static Paragraph signInLink(String text) {
        Anchor link = new Anchor("login", text);
        link.setId("sign-in-link");
        return new Paragraph(link);
    }
}
