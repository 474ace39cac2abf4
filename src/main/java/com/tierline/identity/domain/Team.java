package com.tierline.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A review team; its code is the Flowable candidate group of the team's review tasks. */
@Entity
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Version
    private long version;

    protected Team() {
    }

    public Team(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    /** The code stays: it names the team's tasks in Flowable, so only the name a person reads changes. */
    public void rename(String name) {
        this.name = name;
    }
}
