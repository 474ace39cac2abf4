package com.tierline.rfi.ui;

import com.tierline.document.service.DocumentUpload;
import com.tierline.document.ui.DocumentUploader;
import com.vaadin.flow.component.html.Span;
import com.tierline.rfi.domain.RequestForInformation;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The reviewer's questions and the exporter's answers; an open question can be answered here. */
public class InformationRequestsPanel extends VerticalLayout {

    private final TextArea answer = new TextArea("Your answer");
    private DocumentUploader attachments;

    /** Read-only: the questions and answers so far; {@code people} names who answered. */
    public InformationRequestsPanel(List<RequestForInformation> requests, Locale locale,
            UnaryOperator<String> people) {
        this(requests, false, locale, 0, people);
    }

    /** With {@code canAnswer}, a reply box and documents of up to {@code maxDocumentBytes} each. */
    public InformationRequestsPanel(List<RequestForInformation> requests, boolean canAnswer, Locale locale,
            long maxDocumentBytes, UnaryOperator<String> people) {
        setPadding(false);
        setId("information-requests");
        add(new H3("Requests for information"));
        for (RequestForInformation r : requests) {
            Div item = new Div(new Paragraph("Asked " + Formats.dateTime(r.getAskedAt(), locale) + ", reply by "
                    + Formats.dateTime(r.getReplyDeadline(), locale) + ": " + r.getQuestion()));
            item.addClassName("rfi");
            if (r.getAnsweredAt() != null) {
                item.add(new Paragraph("Answered " + Formats.dateTime(r.getAnsweredAt(), locale) + " by "
                        + people.apply(r.getAnsweredBy()) + ": " + r.getAnswer()));
            }
            add(item);
        }
        if (canAnswer) {
            answer.setId("rfi-answer");
            answer.setWidthFull();
            answer.setMaxLength(4000);
            attachments = new DocumentUploader("rfi-documents", maxDocumentBytes);
            Button send = new Button("Send reply", e -> fireEvent(new AnswerEvent(this, answer.getValue(),
                    attachments.pending())));
            send.setId("send-reply");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(answer, new Span("Documents to send with the reply (optional)"), attachments, send);
        }
    }

    public void showError(String message) {
        answer.setErrorMessage(message);
        answer.setInvalid(true);
    }

    /** A refused document: the reply was not sent, the text stays, the documents are to be chosen again. */
    public void showDocumentError(String message) {
        attachments.refuse(message);
    }

    public static class AnswerEvent extends ComponentEvent<InformationRequestsPanel> {
        private final String answer;
        private final List<DocumentUpload> documents;

        AnswerEvent(InformationRequestsPanel source, String answer, List<DocumentUpload> documents) {
            super(source, false);
            this.answer = answer;
            this.documents = documents;
        }

        public List<DocumentUpload> documents() {
            return documents;
        }

        public String answer() {
            return answer;
        }
    }

    public void addAnswerListener(ComponentEventListener<AnswerEvent> listener) {
        addListener(AnswerEvent.class, listener);
    }
}
