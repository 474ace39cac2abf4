package com.tierline.rfi;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exporter's case page belongs to the application feature, which knows nothing of requests for information:
 * the open question and its reply box reach it through the page's section extension, and work there.
 */
class InformationRequestsScreensIT extends KaribuIT {

    static final String QUESTION = "Please name the data centre's operator and attach its certificate.";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired InformationRequests rfi;

    @Test
    void theExporterSeesTheOpenQuestionOnTheCasePageAndAnswersItThereWithADocument() {
        String reference = asked();
        signInAs("exporter1");
        UI.getCurrent().navigate("applications/" + reference);
        assertThat(text("information-requests")).contains(QUESTION);
        assertThat(text("exporter-timeline")).contains("Question from the reviewer, reply by");

        _setValue(_get(TextArea.class, spec -> spec.withId("rfi-answer")),
                "Gulf Data Centres LLC operates it; its certificate is attached.");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("rfi-documents")), "certificate.pdf",
                "application/pdf", PDF);
        _click(_get(Button.class, spec -> spec.withId("send-reply")));

        assertThat(text("case-status")).isEqualTo("Under review");
        assertThat(text("information-requests")).contains("Answered").contains("by Erin Exporter:")
                .contains("its certificate is attached");
        assertThat(_find(TextArea.class, spec -> spec.withId("rfi-answer"))).as("nothing left to answer").isEmpty();
        assertThat(text("exporter-timeline")).contains("Answered by Erin Exporter")
                .contains("Reply to a request for information filed: certificate.pdf");
    }

    @Test
    void aTooShortReplyIsShownAtTheReplyBoxAndTheCaseStillWaits() {
        String reference = asked();
        signInAs("exporter1");
        UI.getCurrent().navigate("applications/" + reference);
        TextArea answer = _get(TextArea.class, spec -> spec.withId("rfi-answer"));
        _setValue(answer, "ok");
        _click(_get(Button.class, spec -> spec.withId("send-reply")));

        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("Write an answer of at least 10 characters.");
        assertThat(text("case-status")).isEqualTo("Awaiting exporter");
    }

    /** The reviewer's question is typed into the decision panel's reason box; a refusal of it is shown there. */
    @Test
    void theReviewerAsksFromTheCasePageAndATooShortQuestionIsShownAtTheBox() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        SignIn.out();
        signInAs("reviewer1");
        UI.getCurrent().navigate("review/" + reference);
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-reason")), "Who?");
        _click(_get(Button.class, spec -> spec.withId("request-information")));
        assertThat(_get(TextArea.class, spec -> spec.withId("decision-reason")).getErrorMessage())
                .isEqualTo("Give the question of at least 10 characters: the exporter must be able to answer it.");

        _setValue(_get(TextArea.class, spec -> spec.withId("decision-reason")), QUESTION);
        _click(_get(Button.class, spec -> spec.withId("request-information")));
        assertThat(text("case-status")).isEqualTo("Awaiting exporter");
        assertThat(text("information-requests")).contains(QUESTION);
    }

    private String asked() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        rfi.ask(reference, QUESTION);
        SignIn.out();
        return reference;
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
