package com.tierline.rfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseNotFoundException;
import com.tierline.review.service.QueueChanged;
import com.tierline.review.service.ReviewRefusedException;
import com.tierline.rfi.service.InformationRequestRefusedException;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.shared.RefusedException;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Asking and answering under the rfi feature's own service: who may, which text is refused where, what follows. */
@TierlineIT
@RecordApplicationEvents
class InformationRequestsIT {

    static final String QUESTION = "Please name the data centre operator and its site.";
    static final String ANSWER = "Operated by Gulf Data Centres LLC at its Abu Dhabi campus.";

    @Autowired InformationRequests rfi;
    @Autowired ApplicationService applications;
    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void onlyTheReviewerHoldingTheCaseMayAskAndTheRefusalIsReviewsOwn() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        SignIn.as(users, "reviewer2");
        assertThatThrownBy(() -> rfi.ask(reference, QUESTION)).isInstanceOf(ReviewRefusedException.class)
                .hasMessageStartingWith(reference + " is claimed by reviewer1");
        SignIn.as(users, "exporter1");
        assertThat(rfi.requestsFor(reference)).isEmpty();
        assertThat(status(reference)).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void aQuestionTooShortToAnswerIsRefusedAtTheQuestionAndNothingIsAsked() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        assertThatThrownBy(() -> rfi.ask(reference, "Why?")).isInstanceOfSatisfying(
                InformationRequestRefusedException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(RefusedException.Kind.INVALID);
                    assertThat(refused.about(InformationRequests.QUESTION_FIELD)).get().satisfies(r -> assertThat(
                            r.message()).isEqualTo("Give the question of at least 10 characters: the exporter must"
                                    + " be able to answer it."));
                });
        assertThat(rfi.requestsFor(reference)).isEmpty();
        assertThat(status(reference)).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void anotherOrganisationNeitherSeesNorAnswersTheQuestion() {
        String reference = asked();
        SignIn.as(users, "exporter3");
        assertThat(rfi.requestsFor(reference)).isEmpty();
        assertThatThrownBy(() -> rfi.answer(reference, ANSWER, List.of()))
                .isInstanceOf(CaseNotFoundException.class);
        SignIn.as(users, "exporter1");
        assertThat(status(reference)).isEqualTo(ApplicationStatus.AWAITING_EXPORTER);
    }

    @Test
    void aTooShortAnswerIsRefusedAtTheAnswerAndASecondAnswerFindsNothingToAnswer() {
        String reference = asked();
        SignIn.as(users, "exporter1");
        assertThatThrownBy(() -> rfi.answer(reference, "ok", List.of()))
                .isInstanceOfSatisfying(InformationRequestRefusedException.class, refused -> assertThat(
                        refused.about(InformationRequests.ANSWER_FIELD)).isPresent())
                .hasMessage("Write an answer of at least 10 characters.");
        rfi.answer(reference, ANSWER, List.of());
        assertThatThrownBy(() -> rfi.answer(reference, ANSWER, List.of()))
                .isInstanceOf(InformationRequestRefusedException.class)
                .hasMessage(reference + " is not waiting for information from you.");
        assertThat(rfi.requestsFor(reference)).singleElement().satisfies(r -> {
            assertThat(r.getQuestion()).isEqualTo(QUESTION);
            assertThat(r.getAnswer()).isEqualTo(ANSWER);
        });
    }

    /** Review's open queue views refresh when a case goes to the exporter and when it comes back. */
    @Test
    void askingAndAnsweringEachTellTheReviewersQueues() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        events.clear();
        rfi.ask(reference, QUESTION);
        assertThat(queueChanges(reference)).as("asked").isEqualTo(1);
        SignIn.as(users, "exporter1");
        events.clear();
        rfi.answer(reference, ANSWER, List.of());
        assertThat(queueChanges(reference)).as("answered").isEqualTo(1);
    }

    private String asked() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        rfi.ask(reference, QUESTION);
        return reference;
    }

    private long queueChanges(String reference) {
        return events.stream(QueueChanged.class).filter(e -> e.reference().equals(reference)).count();
    }

    private ApplicationStatus status(String reference) {
        return applications.find(reference).orElseThrow().status();
    }
}
