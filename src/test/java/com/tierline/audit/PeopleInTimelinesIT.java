package com.tierline.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.audit.domain.AuditEvent;
import com.tierline.audit.service.TimelineEntry;
import com.tierline.identity.service.UserDirectory;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History lines name people, not user names: the exporter reads a colleague's name, reviewers and auditors read the
 * name with the user name the record keeps ("Ana Reviewer (reviewer1)"); an actor that is no user keeps its name.
 */
class PeopleInTimelinesIT extends KaribuIT {

    @Autowired UserDirectory people;

    @Test
    void theExportersTimelineSaysWhichColleagueStartedTheDraft() {
        String reference = Cases.in(context).filed("exporter3", "AE");
        SignIn.out();

        signInAs("exporter3");
        UI.getCurrent().navigate("applications/" + reference);

        assertThat(_get(Div.class, spec -> spec.withId("exporter-timeline")).getElement().getTextRecursively())
                .contains("Draft started by Mara Meridian").doesNotContain("exporter3");
    }

    @Test
    void theReviewersTimelineNamesWhoClaimedTheCase() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        SignIn.out();

        signInAs("reviewer2");
        UI.getCurrent().navigate("review/" + reference);

        @SuppressWarnings("unchecked")
        Grid<AuditEvent> timeline = _get(Grid.class, spec -> spec.withId("case-timeline"));
        List<String> lines = IntStream.range(0, GridKt._size(timeline))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(timeline, i))).toList();
        assertThat(lines).anyMatch(line -> line.contains("Ana Reviewer (reviewer1) | Claimed by Ana Reviewer "
                + "(reviewer1)"));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("claimed-by-other"))
                .getText()).startsWith("Claimed by Ana Reviewer (reviewer1) since ");
    }

    @Test
    void theAuditorsTimelineNamesEachPersonWithTheUserNameTheChainKeeps() {
        String reference = Cases.in(context).approved("exporter1", "AE", "reviewer1", "End user verified.");
        SignIn.out();

        signInAs("auditor1");
        UI.getCurrent().navigate("audit/cases/" + reference);

        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> timeline = _get(Grid.class, spec -> spec.withId("case-timeline"));
        List<TimelineEntry> entries = IntStream.range(0, GridKt._size(timeline))
                .mapToObj(i -> GridKt._get(timeline, i)).toList();
        assertThat(entries).extracting(TimelineEntry::actor).contains("Erin Exporter (exporter1)",
                "Ana Reviewer (reviewer1)").doesNotContain("exporter1", "reviewer1");
        assertThat(entries).extracting(TimelineEntry::what).contains("Claimed by Ana Reviewer (reviewer1)");
        assertThat(text("decision-history")).contains("— Ana Reviewer (reviewer1)");
    }

    @Test
    void anActorThatIsNoUserKeepsTheNameStored() {
        assertThat(people.nameAndUsername("reviewer1")).isEqualTo("Ana Reviewer (reviewer1)");
        assertThat(people.nameAndUsername("a-user-removed-since")).isEqualTo("a-user-removed-since");
        assertThat(people.nameAndUsername("Tierline")).isEqualTo("Tierline");
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }
}
