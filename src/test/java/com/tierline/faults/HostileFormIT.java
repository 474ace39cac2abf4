package com.tierline.faults;

import com.tierline.application.service.MyCasesFilter;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.application.service.ApplicationService;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The browser form refuses the same hostile input as the API, with the message at the field it concerns. */
class HostileFormIT extends KaribuIT {

    @Autowired ApplicationService applications;

    @Test
    void aDirectionOverrideInANameAndAControlCharacterInTheEndUseAreShownAtTheirFieldsAndNothingIsSaved() {
        signInAs("exporter3");
        long before = applications.myApplications(MyCasesFilter.NONE, PageRequest.of(0, 1)).getTotalElements();
        UI.getCurrent().navigate("applications/draft");
        _setValue(_get(TextField.class, spec -> spec.withId("consignee-name")), "Gulf \u202EDCL sertneC ataD");
        _setValue(_get(TextArea.class, spec -> spec.withId("end-use")),
                "Training weather models \u0007 in a certified data centre.");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        TextField consignee = _get(TextField.class, spec -> spec.withId("consignee-name"));
        assertThat(consignee.isInvalid()).isTrue();
        assertThat(consignee.getErrorMessage()).startsWith("Remove the invisible text-direction character (U+202E");
        TextArea endUse = _get(TextArea.class, spec -> spec.withId("end-use"));
        assertThat(endUse.isInvalid()).isTrue();
        assertThat(endUse.getErrorMessage()).startsWith("Remove the invisible control character (U+0007");
        assertThat(applications.myApplications(MyCasesFilter.NONE, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void aUnitValueFinerThanACentOrOverTheMaximumIsRefusedAtTheUnitValue() {
        signInAs("exporter3");
        UI.getCurrent().navigate("applications/draft");
        for (String value : new String[] {"25000.005", "1e20"}) {
            _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "H100");
            _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-tpp")), new BigDecimal("15832"));
            _setValue(_get(IntegerField.class, spec -> spec.withId("item-quantity")), 20);
            _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-unit-value")), new BigDecimal(value));
            _click(_get(Button.class, spec -> spec.withId("add-item")));

            BigDecimalField unitValue = _get(BigDecimalField.class, spec -> spec.withId("item-unit-value"));
            assertThat(unitValue.isInvalid()).as(value).isTrue();
            assertThat(unitValue.getErrorMessage()).isEqualTo("Give the unit value in US dollars from 0 to "
                    + "1,000,000,000, in whole cents (at most two decimal places)");
            assertThat(_get(Span.class, spec -> spec.withId("items-totals")).getText()).isEqualTo("No items yet.");
        }
    }
}
