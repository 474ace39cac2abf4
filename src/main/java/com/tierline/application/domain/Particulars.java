package com.tierline.application.domain;

import com.tierline.screening.domain.SecurityAttestation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the exporter declares about a shipment, apart from its items. Countries are ISO 3166-1 alpha-2 codes.
 * {@code shipmentDate} is the intended shipment date, if given (the low-volume calendar year and rule set follow it).
 * {@code purchaser} (null when none) and {@code intermediateConsignees} (in shipping order) are form 748P's other
 * parties.
 */
public record Particulars(String destinationCountry, String consigneeName, String consigneeCountry,
        String consigneeHeadquartersCountry, String endUserName, String endUserCountry, String ultimateEndUserName,
        String ultimateEndUserCountry, String endUse, String dataCentreName, String dataCentreCountry,
        Set<SecurityAttestation> attestations, FleetDeclaration fleet, ApplicantContact contact,
        PartyOrigins origins, LocalDate shipmentDate, TradeParty purchaser, List<TradeParty> intermediateConsignees) {

    public Particulars {
        attestations = attestations == null ? Set.of() : Set.copyOf(attestations);
        intermediateConsignees = intermediateConsignees == null ? List.of() : List.copyOf(intermediateConsignees);
        contact = contact == null ? ApplicantContact.NONE : contact;
        origins = PartyOrigins.orNone(origins);
    }

    /** Without purchaser and intermediate consignees. */
    public Particulars(String destinationCountry, String consigneeName, String consigneeCountry,
            String consigneeHeadquartersCountry, String endUserName, String endUserCountry, String ultimateEndUserName,
            String ultimateEndUserCountry, String endUse, String dataCentreName, String dataCentreCountry,
            Set<SecurityAttestation> attestations, FleetDeclaration fleet, ApplicantContact contact,
            PartyOrigins origins, LocalDate shipmentDate) {
        this(destinationCountry, consigneeName, consigneeCountry, consigneeHeadquartersCountry, endUserName,
                endUserCountry, ultimateEndUserName, ultimateEndUserCountry, endUse, dataCentreName, dataCentreCountry,
                attestations, fleet, contact, origins, shipmentDate, null, List.of());
    }

    public Particulars(String destinationCountry, String consigneeName, String consigneeCountry,
            String consigneeHeadquartersCountry, String endUserName, String endUserCountry, String ultimateEndUserName,
            String ultimateEndUserCountry, String endUse, String dataCentreName, String dataCentreCountry,
            Set<SecurityAttestation> attestations, FleetDeclaration fleet, ApplicantContact contact) {
        this(destinationCountry, consigneeName, consigneeCountry, consigneeHeadquartersCountry, endUserName,
                endUserCountry, ultimateEndUserName, ultimateEndUserCountry, endUse, dataCentreName, dataCentreCountry,
                attestations, fleet, contact, PartyOrigins.NONE, null, null, List.of());
    }
}
