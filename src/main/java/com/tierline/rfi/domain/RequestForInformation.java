package com.tierline.rfi.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer's question to the exporter, its reply deadline, and the answer once given. */
@Entity
@Table(name = "request_for_information")
public class RequestForInformation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    private String askedBy;
    private Instant askedAt;
    private String question;
    private Instant replyDeadline;
    private String answeredBy;
    private Instant answeredAt;
    private String answer;

    protected RequestForInformation() {
    }

    public Long getId() {
        return id;
    }

    public RequestForInformation(Long applicationId, String askedBy, Instant askedAt, String question,
            Instant replyDeadline) {
        this.applicationId = applicationId;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
        this.question = question;
        this.replyDeadline = replyDeadline;
    }

    public void answer(String by, Instant at, String text) {
        this.answeredBy = by;
        this.answeredAt = at;
        this.answer = text;
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getReplyDeadline() {
        return replyDeadline;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnswer() {
        return answer;
    }
}
