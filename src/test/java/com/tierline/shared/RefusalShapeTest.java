package com.tierline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.application.service.InvalidApplicationException;
import com.tierline.review.service.ReviewRefusedException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every refusal has one shape: code, field, sentence; views find theirs by field, never by the sentence's words. */
class RefusalShapeTest {

    @Test
    void aRefusalAboutAFieldIsInvalidInputAndIsFoundByItsField() {
        ReviewRefusedException refused = new ReviewRefusedException("review.reason-too-short", "reason",
                "Give a reason of at least 10 characters.");

        assertThat(refused.kind()).isEqualTo(RefusedException.Kind.INVALID);
        assertThat(refused.about("reason")).map(Refusal::code).contains("review.reason-too-short");
        assertThat(refused.about("denialReason")).isEmpty();
    }

    @Test
    void aRefusalOfTheWholeRequestIsNotPossibleNow() {
        ReviewRefusedException refused = new ReviewRefusedException("TL-2026-000001 is claimed by reviewer2.");

        assertThat(refused.kind()).isEqualTo(RefusedException.Kind.NOT_POSSIBLE_NOW);
        assertThat(refused.refusals()).singleElement().satisfies(r -> {
            assertThat(r.field()).isNull();
            assertThat(r.message()).isEqualTo("TL-2026-000001 is claimed by reviewer2.");
        });
    }

    @Test
    void anInvalidApplicationCountsItsProblemsInWords() {
        assertThat(new InvalidApplicationException(Map.of("endUse", "Describe the end use")).getMessage())
                .isEqualTo("The application has one problem.");
        assertThat(new InvalidApplicationException(Map.of("endUse", "a", "items", "b")).getMessage())
                .isEqualTo("The application has 2 problems.");
    }
}
