package com.tierline.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.review.service.DenialReason;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A decision is asked about first, in words, with the safe choice focused; until confirmed nothing happens. */
class DecisionConfirmationIT extends KaribuIT {

    @Autowired JdbcTemplate jdbc;

    @Test
    void approveRestatesTheConsequenceAndDoesNothingUntilConfirmed() {
        String reference = claimedByReviewer1("AE");
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-reason")), "End user and data centre verified.");

        _click(_get(Button.class, spec -> spec.withId("approve")));
        String validUntil = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent()
                .getLocale()).format(LocalDate.now(ZoneOffset.UTC).plusYears(4));
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirmation-consequence")).getText())
                .isEqualTo("Approve " + reference + ": 2,000 H100-equivalents to "
                        + "United Arab Emirates (AE)"
                        + "; licence valid until " + validUntil + ". The exporter is told at once.");
        Button cancel = _get(Button.class, spec -> spec.withId("confirmation-cancel"));
        assertThat(cancel.isAutofocus()).as("the safe choice is focused").isTrue();
        assertThat(status(reference)).as("nothing until confirmed").isEqualTo("UNDER_REVIEW");

        _click(cancel);
        assertThat(_find(Dialog.class, spec -> spec.withId("confirmation"))).as("closed")
                .allSatisfy(d -> assertThat(d.isOpened()).isFalse());
        assertThat(status(reference)).as("cancel leaves the case untouched").isEqualTo("UNDER_REVIEW");
        assertThat(jdbc.queryForObject("select decision from licence_application where reference = ?", String.class,
                reference)).isNull();

        _click(_get(Button.class, spec -> spec.withId("approve")));
        _click(_get(Button.class, spec -> spec.withId("confirmation-confirm")));
        assertThat(status(reference)).isEqualTo("APPROVED");
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("Approved");
    }

    @Test
    @SuppressWarnings("unchecked")
    void denyNamesTheReasonAndTheAppealWindow() {
        String reference = claimedByReviewer1("AE");
        _setValue(_get(ComboBox.class, spec -> spec.withId("denial-reason")), DenialReason.PRESUMPTION_OF_DENIAL);
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-reason")), "The end user could not be verified.");
        _click(_get(Button.class, spec -> spec.withId("deny")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirmation-consequence")).getText())
                .isEqualTo("Deny " + reference + " (" + DenialReason.PRESUMPTION_OF_DENIAL.label() + "): the "
                        + "exporter is told the reason and may appeal within 45 days.");
        _click(_get(Button.class, spec -> spec.withId("confirmation-cancel")));
        assertThat(status(reference)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void withoutAReasonThereIsNothingToConfirmAndTheFieldSaysWhy() {
        claimedByReviewer1("AE");
        _click(_get(Button.class, spec -> spec.withId("approve")));
        assertThat(_find(Dialog.class, spec -> spec.withId("confirmation"))).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("decision-reason")).getErrorMessage())
                .startsWith("Give a reason");
    }

    private String claimedByReviewer1(String destination) {
        String reference = Cases.in(context).filed("exporter1", destination);
        signInAs("reviewer1");
        UI.getCurrent().navigate("review/" + reference);
        _click(_get(Button.class, spec -> spec.withId("claim")));
        return reference;
    }

    private String status(String reference) {
        return jdbc.queryForObject("select status from licence_application where reference = ?", String.class,
                reference);
    }
}
