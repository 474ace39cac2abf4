package com.tierline.administration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class RestrictedPartiesViewIT extends KaribuIT {

    @Test
    void theListInForceIsDescribedInWordsNotByItsStoredVersionString() {
        signInAs("admin1");
        UI.getCurrent().navigate("admin/restricted-parties");

        String summary = _get(Paragraph.class, spec -> spec.withId("restricted-list-summary")).getText();

        assertThat(summary).matches("\\d+ entries from the demo extract shipped with Tierline \\(edition [0-9a-f]{8}\\), "
                + "loaded .+\\.");
        assertThat(summary).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T").doesNotContain("shipped demo list");
    }
}
