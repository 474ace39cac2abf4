package com.tierline.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String country;
    /** Validated-end-user status granted by an administrator: "UNIVERSAL", "NATIONAL" or null. */
    private String veuType;

    protected Organisation() {
    }

    public Organisation(String name, String country) {
        this.name = name;
        this.country = country;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public String getVeuType() {
        return veuType;
    }

    public void grantVeu(String type) {
        this.veuType = type;
    }
}
