package com.tierline.administration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.service.RuleSetVersion;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.tierline.administration.service.RuleSetChanges;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.shared.Formats;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RuleSetsViewIT extends KaribuIT {

    @Autowired JdbcTemplate jdbc;
    @Autowired RuleSetCatalog ruleSets;
    @Autowired RuleSetChanges changes;

    @AfterEach
    void removeDraft() {
        jdbc.update("delete from rule_set_version where version in ('ui-draft', 'ui-tomorrow')");
    }

    @Test
    @SuppressWarnings("unchecked")
    void publishingAVersionForTomorrowSaysWhenItTakesEffectAndKeepsTheOldOneInForce() {
        signInAs("admin1");
        String inForce = ruleSets.current().version();
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        ruleSets.createDraft(inForce, "ui-tomorrow", tomorrow, java.util.Map.of(), "From tomorrow (test)");
        long open = changes.openCases();
        UI.getCurrent().navigate("admin/rulesets");
        Grid<RuleSetVersion> versions = _get(Grid.class, spec -> spec.withId("rule-set-versions"));
        versions.select(GridKt._fetch(versions, 0, 50).stream().filter(v -> v.version().equals("ui-tomorrow"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("publish-button")));
        String date = Formats.date(tomorrow, UI.getCurrent().getLocale());
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirmation-consequence")).getText())
                .startsWith("Publish ui-tomorrow: it takes effect on " + date + " and nothing changes before then. "
                        + "On that day every case still open is screened again under it ("
                        + Formats.count(open, "open case", "open cases", UI.getCurrent().getLocale()) + " now, of which");
        _click(_get(Button.class, spec -> spec.withId("confirmation-confirm")));

        assertThat(ruleSets.current().version()).isEqualTo(inForce);
        assertThat(_get(Paragraph.class, spec -> spec.withId("rule-set-in-force")).getText())
                .startsWith("In force: " + inForce + ", effective since ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rule-set-scheduled")).getText())
                .isEqualTo("Scheduled: ui-tomorrow takes effect on " + date + ". Every case still open on that day "
                        + "is screened again under it then.");
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anyMatch(t -> t.startsWith("ui-tomorrow is published and takes effect on " + date
                        + ". Nothing was re-screened yet"));
        assertThat(GridKt._getFormattedRow(versions, 0)).contains("Scheduled for " + date);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorDraftsAVersionAndDryRunsIt() {
        signInAs("admin1");
        UI.getCurrent().navigate("admin/rulesets");
        _setValue(_get(TextField.class, spec -> spec.withId("draft-version")), "ui-draft");
        _setValue(_get(DatePicker.class, spec -> spec.withId("draft-effective-from")), LocalDate.of(2030, 1, 1));
        ComboBox<CountryTier> country = _get(ComboBox.class, spec -> spec.withId("draft-country"));
        _setValue(country, country.getListDataView().getItems().filter(c -> c.iso2().equals("IL")).findFirst()
                .orElseThrow());
        _setValue(_get(Select.class, spec -> spec.withId("draft-tier")), 1);
        _click(_get(Button.class, spec -> spec.withId("draft-add-move")));
        _click(_get(Button.class, spec -> spec.withId("draft-create")));

        Grid<RuleSetVersion> versions = _get(Grid.class, spec -> spec.withId("rule-set-versions"));
        RuleSetVersion draft = GridKt._fetch(versions, 0, 50).stream().filter(v -> v.version().equals("ui-draft"))
                .findFirst().orElseThrow();
        assertThat(draft.status()).isEqualTo(RuleSetVersion.Status.DRAFT);
        assertThat(draft.effectiveFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(_get(Button.class, spec -> spec.withId("dry-run-button")).isEnabled()).isFalse();
        versions.select(draft);
        assertThat(_get(Button.class, spec -> spec.withId("dry-run-button")).isEnabled()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("dry-run-button")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anyMatch(t -> t.contains("under ui-draft"));
    }
}
