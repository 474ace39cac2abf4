package com.tierline.routing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An administrator's choice of the default team; the newest is in force, the earlier ones stay as history. */
@Entity
@Table(name = "routing_default_team")
public class DefaultTeamChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String teamCode;
    private String chosenBy;
    private Instant chosenAt;

    protected DefaultTeamChoice() {
    }

    public DefaultTeamChoice(String teamCode, String chosenBy, Instant chosenAt) {
        this.teamCode = teamCode;
        this.chosenBy = chosenBy;
        this.chosenAt = chosenAt;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public String getChosenBy() {
        return chosenBy;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }
}
