package com.tierline.rfi.ui;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.ui.ExporterCaseSection;
import com.tierline.document.service.DocumentRefusedException;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.service.DocumentUpload;
import com.tierline.identity.service.UserDirectory;
import com.tierline.rfi.domain.RequestForInformation;
import com.tierline.rfi.service.InformationRequestRefusedException;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The questions and answers on the exporter's case page, answerable while the case waits for them, and their
 * moments in its timeline. A shared bean: each page gets its own panel.
 */
@Component
class InformationRequestsSection implements ExporterCaseSection {

    private final InformationRequests requests;
    private final DocumentStore documents;
    private final UserDirectory people;

    InformationRequestsSection(InformationRequests requests, DocumentStore documents, UserDirectory people) {
        this.people = people;
        this.requests = requests;
        this.documents = documents;
    }

    @Override
    public Optional<Contribution> contribute(CaseDetails c, Locale locale, Runnable changed) {
        List<RequestForInformation> asked = requests.requestsFor(c.reference());
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        InformationRequestsPanel panel = new InformationRequestsPanel(asked,
                c.status() == ApplicationStatus.AWAITING_EXPORTER, locale, documents.maxBytes(),
                people::displayName);
        panel.addAnswerListener(e -> answer(panel, c.reference(), e.answer(), e.documents(), changed));
        return Optional.of(new Contribution(panel, moments(asked, locale)));
    }

    private void answer(InformationRequestsPanel panel, String reference, String answer,
            List<DocumentUpload> attachments, Runnable changed) {
        try {
            requests.answer(reference, answer, attachments);
            Notification.show("Reply sent; " + reference + " is back with the reviewers.", 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        } catch (InformationRequestRefusedException refused) {
            panel.showError(refused.getMessage());
        } catch (DocumentRefusedException refused) {
            panel.showDocumentError(refused.getMessage() + " Nothing was sent; choose the documents again.");
        }
    }

    /** Who answered by name, as the exporter knows their colleagues. */
    private List<Moment> moments(List<RequestForInformation> asked, Locale locale) {
        List<Moment> moments = new ArrayList<>();
        for (RequestForInformation r : asked) {
            moments.add(new Moment(r.getAskedAt(), "Question from the reviewer, reply by "
                    + Formats.dateTime(r.getReplyDeadline(), locale)));
            if (r.getAnsweredAt() != null) {
                moments.add(new Moment(r.getAnsweredAt(), "Answered by " + people.displayName(r.getAnsweredBy())));
            }
        }
        return moments;
    }
}
