package com.tierline.application.ui;

import com.tierline.application.domain.RequestForInformation;
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

/** The reviewer's questions and the exporter's answers; an open question can be answered here. */
public class InformationRequestsPanel extends VerticalLayout {

    private final TextArea answer = new TextArea("Your answer");

    public InformationRequestsPanel(List<RequestForInformation> requests, boolean canAnswer, Locale locale) {
        setPadding(false);
        setId("information-requests");
        add(new H3("Requests for information"));
        for (RequestForInformation r : requests) {
            Div item = new Div(new Paragraph("Asked " + Formats.dateTime(r.getAskedAt(), locale) + ", reply by "
                    + Formats.dateTime(r.getReplyDeadline(), locale) + ": " + r.getQuestion()));
            item.addClassName("rfi");
            if (r.getAnsweredAt() != null) {
                item.add(new Paragraph("Answered " + Formats.dateTime(r.getAnsweredAt(), locale) + " by "
                        + r.getAnsweredBy() + ": " + r.getAnswer()));
            }
            add(item);
        }
        if (canAnswer) {
            answer.setId("rfi-answer");
            answer.setWidthFull();
            answer.setMaxLength(4000);
            Button send = new Button("Send reply", e -> fireEvent(new AnswerEvent(this, answer.getValue())));
            send.setId("send-reply");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(answer, send);
        }
    }

    public void showError(String message) {
        answer.setErrorMessage(message);
        answer.setInvalid(true);
    }

    public static class AnswerEvent extends ComponentEvent<InformationRequestsPanel> {
        private final String answer;

        AnswerEvent(InformationRequestsPanel source, String answer) {
            super(source, false);
            this.answer = answer;
        }

        public String answer() {
            return answer;
        }
    }

    public void addAnswerListener(ComponentEventListener<AnswerEvent> listener) {
        addListener(AnswerEvent.class, listener);
    }
}
