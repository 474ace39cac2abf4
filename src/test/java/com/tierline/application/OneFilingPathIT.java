package com.tierline.application;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.application.service.ItemDraft;
import com.tierline.support.Drafts;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The browser files the way the API does: check, write and submit in one transaction, or nothing at all. */
class OneFilingPathIT extends KaribuIT {

    static final String SAVED_END_USE = "Training numerical weather prediction models in a certified data centre.";

    @Autowired ApplicationService applications;

    @Test
    void aSubmissionTheServiceRefusesLeavesTheSavedDraftAsItWas() {
        signInAs("exporter3");
        String reference = applications.saveDraft(null, draftWithAnItemThatCannotBeClassified());
        UI.getCurrent().navigate("applications/draft/" + reference);

        _setValue(_get(TextArea.class, spec -> spec.withId("end-use")),
                "A different end use that the exporter typed and then tried to submit.");
        _click(_get(Button.class, spec -> spec.withId("submit-application")));

        ApplicationDraft stored = applications.loadDraft(reference);
        assertThat(stored.getEndUse()).isEqualTo(SAVED_END_USE);
        assertThat(applications.find(reference).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void theRefusalNamesTheFieldWithACodeBesideItsSentence() {
        signInAs("exporter3");
        String reference = applications.saveDraft(null, draftWithAnItemThatCannotBeClassified());

        assertThatThrownBy(() -> applications.submit(reference, applications.loadDraft(reference)))
                .isInstanceOfSatisfying(InvalidApplicationException.class, refused -> {
                    assertThat(refused.refusals()).allSatisfy(r -> assertThat(r.code()).isNotBlank());
                    assertThat(refused.refusals()).anySatisfy(r -> assertThat(r.field()).startsWith("items[0]"));
                });
    }

    /** Savable as a draft (a draft may still miss things) but not fileable: TPP 3,000 needs its density. */
    private static ApplicationDraft draftWithAnItemThatCannotBeClassified() {
        ApplicationDraft draft = Drafts.h100s("AE");
        draft.setItems(List.of(new ItemDraft("Accelerator board", new BigDecimal("3000"), null, 10,
                new BigDecimal("1000"))));
        return draft;
    }
}
