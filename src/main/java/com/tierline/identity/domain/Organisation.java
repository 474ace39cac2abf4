package com.tierline.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String country;
    /** Validated-end-user status granted by an administrator: "UNIVERSAL", "NATIONAL" or null. */
    private String veuType;
    private String headquarters;
    private String registrationNumber;
    @Enumerated(EnumType.STRING)
    private OrganisationStatus status = OrganisationStatus.APPROVED;
    /** Why it was refused or deactivated, in the administrator's words, which the applicant sees. */
    private String statusReason;
    @Version
    private long version;

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

    public String getHeadquarters() {
        return headquarters;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    /** Where it is based and how it is registered, as the organisation or an administrator stated it. */
    public Organisation registeredAs(String headquarters, String registrationNumber) {
        this.headquarters = headquarters;
        this.registrationNumber = registrationNumber;
        return this;
    }

    public long getVersion() {
        return version;
    }

    /** An administrator's correction of the organisation's particulars. */
    public void describe(String name, String country, String headquarters, String registrationNumber) {
        this.name = name;
        this.country = country;
        registeredAs(headquarters, registrationNumber);
    }

    /** A new status, with the reason the organisation is told (required for a refusal or a deactivation). */
    public void changeStatus(OrganisationStatus status, String reason) {
        this.status = status;
        this.statusReason = reason;
    }
}
