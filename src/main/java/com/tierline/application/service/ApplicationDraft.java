package com.tierline.application.service;

import com.tierline.screening.domain.SecurityAttestation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import com.tierline.shared.CleanText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import com.tierline.application.domain.PartyOrigins;
import java.util.Set;
import java.util.List;

/** The editable content of an application, bound by the form and validated by the service. */
public class ApplicationDraft {

    /** More lines than any real shipment has; the limit keeps one filing's work bounded. */
    public static final int MAX_ITEMS = 100;
    /** Form 748P's intermediate consignees: a longer chain than this is not a route but a red flag of its own. */
    public static final int MAX_INTERMEDIATE_CONSIGNEES = 5;
    /** 10^15 TPP: far beyond every chip made so far, and inside the database's numeric(24, 2). */
    public static final String MAX_FLEET_TPP = "1000000000000000";
    static final String FLEET_RANGE = "Give fleet figures from 0 to 1,000,000,000,000,000 TPP with at most two "
            + "decimal places";

    @NotBlank(message = "Choose the destination country")
    @Pattern(regexp = "[A-Z]{2}", message = "Use a two-letter ISO country code")
    private String destinationCountry;

    @NotBlank(message = "Name the consignee")
    @Size(max = 200, message = "Keep the consignee's name under 200 characters")
    @CleanText
    private String consigneeName;

    @NotBlank(message = "Choose the consignee's country")
    @Pattern(regexp = "[A-Z]{2}", message = "Use a two-letter ISO country code")
    private String consigneeCountry;

    private Long consigneePartyId;
    private Long endUserPartyId;

    @NotBlank(message = "Name the end user")
    @Size(max = 200, message = "Keep the end user's name under 200 characters")
    @CleanText
    private String endUserName;

    @NotBlank(message = "Choose the end user's country")
    @Pattern(regexp = "[A-Z]{2}", message = "Use a two-letter ISO country code")
    private String endUserCountry;

    @Pattern(regexp = "[A-Z]{2}", message = "Use a two-letter ISO country code")
    private String consigneeHeadquartersCountry;

    /** Parents and headquarters of the parties; their codes are checked by the screener, field by field. */
    private PartyOrigins origins = PartyOrigins.NONE;

    private java.time.LocalDate shipmentDate;

    /** Who buys the items, when not the consignee (form 748P); null when none. */
    @Valid
    private PartyDraft purchaser;

    /** Freight forwarders and distributors on the way, in shipping order. */
    @Size(max = MAX_INTERMEDIATE_CONSIGNEES, message = "Name at most " + MAX_INTERMEDIATE_CONSIGNEES
            + " intermediate consignees")
    @Valid
    private List<PartyDraft> intermediateConsignees = new ArrayList<>();

    @Size(max = 200, message = "Keep the ultimate end user's name under 200 characters")
    @CleanText
    private String ultimateEndUserName;

    @Pattern(regexp = "[A-Z]{2}", message = "Use a two-letter ISO country code")
    private String ultimateEndUserCountry;

    @Size(max = 200, message = "Keep the data centre's name under 200 characters")
    @CleanText
    private String dataCentreName;

    @Pattern(regexp = "[A-Z]{2}", message = "Use a two-letter ISO country code")
    private String dataCentreCountry;

    @NotBlank(message = "Name the person we may contact about this application")
    @Size(max = 200, message = "Keep the contact's name under 200 characters")
    @CleanText
    private String contactName;

    @Email(message = "Enter an e-mail address such as name@example.com")
    @Size(max = 254, message = "Keep the e-mail address under 254 characters")
    @CleanText
    private String contactEmail;

    @Pattern(regexp = "(\\+?[0-9 ()./-]{5,40})?", message = "Enter a telephone number of digits, spaces and + ( ) - / .")
    @CleanText
    private String contactPhone;

    @AssertTrue(message = "Confirm the declaration before submitting")
    private boolean declarationAccepted;

    private Set<SecurityAttestation> attestations = EnumSet.noneOf(SecurityAttestation.class);

    @DecimalMin(value = "0", message = "Fleet figures cannot be negative")
    @DecimalMax(value = MAX_FLEET_TPP, message = FLEET_RANGE)
    @Digits(integer = 16, fraction = 2, message = FLEET_RANGE)
    private BigDecimal fleetTotalTpp;
    @DecimalMin(value = "0", message = "Fleet figures cannot be negative")
    @DecimalMax(value = MAX_FLEET_TPP, message = FLEET_RANGE)
    @Digits(integer = 16, fraction = 2, message = FLEET_RANGE)
    private BigDecimal fleetTier1Tpp;
    @DecimalMin(value = "0", message = "Fleet figures cannot be negative")
    @DecimalMax(value = MAX_FLEET_TPP, message = FLEET_RANGE)
    @Digits(integer = 16, fraction = 2, message = FLEET_RANGE)
    private BigDecimal fleetUsTpp;
    @DecimalMin(value = "0", message = "Fleet figures cannot be negative")
    @DecimalMax(value = MAX_FLEET_TPP, message = FLEET_RANGE)
    @Digits(integer = 16, fraction = 2, message = FLEET_RANGE)
    private BigDecimal fleetInDestinationTpp;

    @NotBlank(message = "Describe the end use")
    @Size(min = 20, max = 4000, message = "Describe the end use in 20 to 4,000 characters")
    @CleanText(multiline = true)
    private String endUse;

    @NotEmpty(message = "Add at least one item")
    @Size(max = MAX_ITEMS, message = "An application has at most " + MAX_ITEMS + " items; file the others in a "
            + "second application")
    @Valid
    private List<ItemDraft> items = new ArrayList<>();

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public void setDestinationCountry(String destinationCountry) {
        this.destinationCountry = blankToNull(destinationCountry);
    }

    public Long getConsigneePartyId() {
        return consigneePartyId;
    }

    /** The registered party picked as consignee (the name and country then come from the directory), or null. */
    public void setConsigneePartyId(Long consigneePartyId) {
        this.consigneePartyId = consigneePartyId;
    }

    public Long getEndUserPartyId() {
        return endUserPartyId;
    }

    public void setEndUserPartyId(Long endUserPartyId) {
        this.endUserPartyId = endUserPartyId;
    }

    public String getConsigneeName() {
        return consigneeName;
    }

    public void setConsigneeName(String consigneeName) {
        this.consigneeName = blankToNull(consigneeName);
    }

    public String getConsigneeCountry() {
        return consigneeCountry;
    }

    public void setConsigneeCountry(String consigneeCountry) {
        this.consigneeCountry = blankToNull(consigneeCountry);
    }

    public String getEndUserName() {
        return endUserName;
    }

    public void setEndUserName(String endUserName) {
        this.endUserName = blankToNull(endUserName);
    }

    public String getEndUserCountry() {
        return endUserCountry;
    }

    public void setEndUserCountry(String endUserCountry) {
        this.endUserCountry = blankToNull(endUserCountry);
    }

    public String getEndUse() {
        return endUse;
    }

    public void setEndUse(String endUse) {
        this.endUse = blankToNull(endUse);
    }

    public PartyOrigins getOrigins() {
        return origins;
    }

    public void setOrigins(PartyOrigins origins) {
        this.origins = PartyOrigins.orNone(origins);
    }

    public java.time.LocalDate getShipmentDate() {
        return shipmentDate;
    }

    public void setShipmentDate(java.time.LocalDate shipmentDate) {
        this.shipmentDate = shipmentDate;
    }

    public PartyDraft getPurchaser() {
        return purchaser;
    }

    /** A purchaser with neither name nor country is no purchaser. */
    public void setPurchaser(PartyDraft purchaser) {
        this.purchaser = purchaser == null || purchaser.name() == null && purchaser.country() == null
                && purchaser.role() == null ? null : purchaser;
    }

    public List<PartyDraft> getIntermediateConsignees() {
        return intermediateConsignees;
    }

    public void setIntermediateConsignees(List<PartyDraft> intermediateConsignees) {
        // A missing entry is an empty party, so that it is refused by name ("intermediateConsignees[1].name").
        this.intermediateConsignees = new ArrayList<>();
        if (intermediateConsignees != null) {
            intermediateConsignees.forEach(p -> this.intermediateConsignees.add(p == null
                    ? new PartyDraft(null, null, null) : p));
        }
    }

    public String getConsigneeHeadquartersCountry() {
        return consigneeHeadquartersCountry;
    }

    public void setConsigneeHeadquartersCountry(String consigneeHeadquartersCountry) {
        this.consigneeHeadquartersCountry = blankToNull(consigneeHeadquartersCountry);
    }

    public String getUltimateEndUserName() {
        return ultimateEndUserName;
    }

    public void setUltimateEndUserName(String ultimateEndUserName) {
        this.ultimateEndUserName = blankToNull(ultimateEndUserName);
    }

    public String getUltimateEndUserCountry() {
        return ultimateEndUserCountry;
    }

    public void setUltimateEndUserCountry(String ultimateEndUserCountry) {
        this.ultimateEndUserCountry = blankToNull(ultimateEndUserCountry);
    }

    public String getDataCentreName() {
        return dataCentreName;
    }

    public void setDataCentreName(String dataCentreName) {
        this.dataCentreName = blankToNull(dataCentreName);
    }

    public Set<SecurityAttestation> getAttestations() {
        return attestations;
    }

    public void setAttestations(Set<SecurityAttestation> attestations) {
        this.attestations = attestations == null || attestations.isEmpty()
                ? EnumSet.noneOf(SecurityAttestation.class) : EnumSet.copyOf(attestations);
    }

    public BigDecimal getFleetTotalTpp() {
        return fleetTotalTpp;
    }

    public void setFleetTotalTpp(BigDecimal fleetTotalTpp) {
        this.fleetTotalTpp = fleetTotalTpp;
    }

    public BigDecimal getFleetTier1Tpp() {
        return fleetTier1Tpp;
    }

    public void setFleetTier1Tpp(BigDecimal fleetTier1Tpp) {
        this.fleetTier1Tpp = fleetTier1Tpp;
    }

    public BigDecimal getFleetUsTpp() {
        return fleetUsTpp;
    }

    public void setFleetUsTpp(BigDecimal fleetUsTpp) {
        this.fleetUsTpp = fleetUsTpp;
    }

    public BigDecimal getFleetInDestinationTpp() {
        return fleetInDestinationTpp;
    }

    public void setFleetInDestinationTpp(BigDecimal fleetInDestinationTpp) {
        this.fleetInDestinationTpp = fleetInDestinationTpp;
    }

    public List<ItemDraft> getItems() {
        return items;
    }

    public void setItems(List<ItemDraft> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    public String getDataCentreCountry() {
        return dataCentreCountry;
    }

    public void setDataCentreCountry(String dataCentreCountry) {
        this.dataCentreCountry = blankToNull(dataCentreCountry);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = blankToNull(contactName);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = blankToNull(contactEmail);
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = blankToNull(contactPhone);
    }

    public boolean isDeclarationAccepted() {
        return declarationAccepted;
    }

    public void setDeclarationAccepted(boolean declarationAccepted) {
        this.declarationAccepted = declarationAccepted;
    }

    /** An empty field is an absent value: a draft may leave it out, a submission may not. */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
