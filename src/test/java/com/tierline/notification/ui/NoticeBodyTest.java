package com.tierline.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In the app a notice's address is a link to click, and everything else stays the text it was. */
class NoticeBodyTest {

    @Test
    void anAddressInTheTextIsALinkAndTheWordsAroundItStayText() {
        NoticeBody body = new NoticeBody("The letter is on the case page:\nhttp://localhost:8080/applications/"
                + "TL-2026-000002.\n\nTierline");

        List<Component> parts = body.getChildren().toList();
        assertThat(parts).hasSize(3);
        assertThat(((Text) parts.get(0)).getText()).isEqualTo("The letter is on the case page:\n");
        Anchor link = (Anchor) parts.get(1);
        assertThat(link.getHref()).isEqualTo("http://localhost:8080/applications/TL-2026-000002");
        assertThat(link.getText()).isEqualTo("http://localhost:8080/applications/TL-2026-000002");
        assertThat(((Text) parts.get(2)).getText()).isEqualTo(".\n\nTierline");
    }

    @Test
    void markupTypedIntoANoticeIsShownAsTyped() {
        NoticeBody body = new NoticeBody("Reason: <b>no</b> statement");

        assertThat(body.getChildren().toList()).singleElement().isInstanceOf(Text.class);
        assertThat(body.getElement().getChild(0).getTextRecursively()).isEqualTo("Reason: <b>no</b> statement");
    }
}
