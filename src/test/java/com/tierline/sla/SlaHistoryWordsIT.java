package com.tierline.sla;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

/** The clock's history on the case page says what happened to it: an escalation starts it again, not twice. */
class SlaHistoryWordsIT extends KaribuIT {

    @Test
    void anEscalatedCaseSaysItsClockStartedAgainForTheSeniorReview() {
        String reference = Cases.in(context).escalated("exporter1", "AE", "reviewer1", "Large volume; senior view.");
        SignIn.out();

        signInAs("senior1");
        UI.getCurrent().navigate("review/" + reference);

        String history = _get(Paragraph.class, spec -> spec.withId("sla-history")).getText();
        assertThat(history).startsWith("Started ").contains(" · Started again ");
        assertThat(history).as("one first start").doesNotContainPattern("· Started (?!again)");
    }
}
