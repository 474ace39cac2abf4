package com.tierline.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

/** A case reference in a wrapping cell stays on one line, and the text reads as written. */
class ReferencesTest {

    @Test
    void aReferenceIsOneUnbreakablePieceOfTheText() {
        Span subject = References.unbroken("TL-2026-000002 is approved");

        assertThat(subject.getElement().getTextRecursively()).isEqualTo("TL-2026-000002 is approved");
        Span reference = (Span) subject.getChildren().filter(Span.class::isInstance).findFirst().orElseThrow();
        assertThat(reference.getText()).isEqualTo("TL-2026-000002");
        assertThat(reference.getStyle().get("white-space")).isEqualTo("nowrap");
    }
}
