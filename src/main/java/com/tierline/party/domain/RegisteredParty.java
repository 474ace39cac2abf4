package com.tierline.party.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A consignee or end user as an identity (DESIGN.md "Parties are identities"): its name and the other names it goes
 * by, where it is, where it and its ultimate parent are headquartered, and an optional LEI. A provisional party was
 * created at filing for a name the directory did not know; an administrator confirms it or merges it into another.
 */
@Entity
public class RegisteredParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String identityKey;
    private String country;
    private String headquartersCountry;
    private String parentName;
    private String parentCountry;
    private Long parentPartyId;
    private String lei;
    @Enumerated(EnumType.STRING)
    private PartyStatus status = PartyStatus.ACTIVE;
    private boolean provisional;
    private Long mergedIntoId;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registered_party_alias", joinColumns = @JoinColumn(name = "party_id"))
    @OrderColumn(name = "position")
    private List<PartyAlias> aliases = new ArrayList<>();

    protected RegisteredParty() {
    }

    public RegisteredParty(boolean provisional, Instant createdAt, String createdBy) {
        this.provisional = provisional;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Replaces what the directory says about the party; keys are computed by the caller. */
    public void describe(String name, String identityKey, String country, String headquartersCountry,
            String parentName, String parentCountry, Long parentPartyId, String lei, List<PartyAlias> aliases) {
        this.name = name;
        this.identityKey = identityKey;
        this.country = country;
        this.headquartersCountry = headquartersCountry;
        this.parentName = parentName;
        this.parentCountry = parentCountry;
        this.parentPartyId = parentPartyId;
        this.lei = lei;
        this.aliases = new ArrayList<>(aliases);
    }

    public void confirm() {
        provisional = false;
    }

    /** This party turned out to be {@code target}: its cases count towards the target's totals from now on. */
    public void mergeInto(Long target) {
        status = PartyStatus.MERGED;
        mergedIntoId = target;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIdentityKey() {
        return identityKey;
    }

    public String getCountry() {
        return country;
    }

    public String getHeadquartersCountry() {
        return headquartersCountry;
    }

    public String getParentName() {
        return parentName;
    }

    public String getParentCountry() {
        return parentCountry;
    }

    public Long getParentPartyId() {
        return parentPartyId;
    }

    public String getLei() {
        return lei;
    }

    public PartyStatus getStatus() {
        return status;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<PartyAlias> getAliases() {
        return List.copyOf(aliases);
    }
}
