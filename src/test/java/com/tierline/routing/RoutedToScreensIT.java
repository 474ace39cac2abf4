package com.tierline.routing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

/** The reviewer's and the auditor's case pages say, in words, where the case was routed and by which rule. */
class RoutedToScreensIT extends KaribuIT {

    @Test
    void theReviewerAndTheAuditorReadWhichRuleRoutedTheCase() {
        String kuwait = Cases.in(context).filed("exporter1", "KW");
        String emirates = Cases.in(context).filed("exporter1", "AE");

        signInAs("gulfreviewer1");
        UI.getCurrent().navigate("review/" + kuwait);
        assertThat(routedTo()).startsWith("Routed to Gulf desk by rule 'KW, BH, OM' (version "
                + CaseRoutingIT.demoRuleVersion(users, context) + ") on ");

        signInAs("auditor1");
        UI.getCurrent().navigate("audit/cases/" + emirates);
        assertThat(routedTo()).startsWith("Routed to AI Chips, the default team (no rule matched) on ");
    }

    private static String routedTo() {
        return _get(Paragraph.class, spec -> spec.withId("routed-to-latest")).getText();
    }
}
