package com.tierline.appeal.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One panel member's vote on an appeal. */
@Entity
public class AppealVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long appealId;
    private String voter;
    private String vote;
    private String reason;
    private Instant votedAt;

    protected AppealVote() {
    }

    public AppealVote(Long appealId, String voter, String vote, String reason, Instant votedAt) {
        this.appealId = appealId;
        this.voter = voter;
        this.vote = vote;
        this.reason = reason;
        this.votedAt = votedAt;
    }

    public String getVoter() {
        return voter;
    }

    public String getVote() {
        return vote;
    }

    public String getReason() {
        return reason;
    }
}
