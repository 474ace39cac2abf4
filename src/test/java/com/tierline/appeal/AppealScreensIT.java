package com.tierline.appeal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.appeal.domain.Appeal;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AppealScreensIT extends KaribuIT {

    @Autowired JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void anExporterAppealsADenialFromTheCaseLinkAndASeniorUpholdsIt() {
        String reference = Cases.in(context).denied("exporter1", "CN", "reviewer1",
                "Presumption of denial not rebutted.");
        SignIn.out();

        signInAs("exporter1");
        UI.getCurrent().navigate("appeals", com.vaadin.flow.router.QueryParameters.of("case", reference));
        _setValue(_get(TextArea.class, spec -> spec.withId("appeal-grounds")), "short");
        _click(_get(Button.class, spec -> spec.withId("file-denial-appeal")));
        assertThat(_get(TextArea.class, spec -> spec.withId("appeal-grounds")).getErrorMessage())
                .isEqualTo("Give the grounds of the appeal in at least 20 characters.");
        _setValue(_get(TextArea.class, spec -> spec.withId("appeal-grounds")),
                "The end user is a civil weather institute with certificates.");
        _click(_get(Button.class, spec -> spec.withId("file-denial-appeal")));
        Grid<Appeal> mine = _get(Grid.class, spec -> spec.withId("my-appeals"));
        Appeal filed = GridKt._fetch(mine, 0, 100).stream().filter(a -> a.getApplicationId() != null)
                .filter(a -> a.getStatus() == Appeal.Status.UNDER_REVIEW).findFirst().orElseThrow();
        SignIn.out();

        signInAs("senior1");
        UI.getCurrent().navigate("review/appeals");
        Grid<Appeal> open = _get(Grid.class, spec -> spec.withId("open-appeals"));
        Appeal row = GridKt._fetch(open, 0, 100).stream().filter(a -> a.getReference().equals(filed.getReference()))
                .findFirst().orElseThrow();
        open.select(row);
        _setValue(_get(TextArea.class, spec -> spec.withId("appeal-reason")), "The certificates rebut the concerns.");
        _click(_get(Button.class, spec -> spec.withId("uphold")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirmation-consequence")).getText())
                .isEqualTo("Uphold " + filed.getReference() + ": the denial is set aside and the case is screened "
                        + "and reviewed again from the start.");
        assertThat(jdbc.queryForObject("select status from appeal where reference = ?", String.class,
                filed.getReference())).as("nothing until confirmed").isEqualTo("UNDER_REVIEW");
        _click(_get(Button.class, spec -> spec.withId("confirmation-confirm")));
        assertThat(jdbc.queryForObject("select status from appeal where reference = ?", String.class,
                filed.getReference())).isEqualTo("UPHELD");
        assertThat(jdbc.queryForObject("select status from licence_application where reference = ?", String.class,
                reference)).isEqualTo("PRESUMED_DENIAL");
    }
}
