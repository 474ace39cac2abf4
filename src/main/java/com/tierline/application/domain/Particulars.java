package com.tierline.application.domain;

import com.tierline.screening.domain.SecurityAttestation;
import java.util.Set;

/** What the exporter declares about a shipment, apart from its items. Countries are ISO 3166-1 alpha-2 codes. */
public record Particulars(String destinationCountry, String consigneeName, String consigneeCountry,
        String consigneeHeadquartersCountry, String endUserName, String endUserCountry, String ultimateEndUserName,
        String ultimateEndUserCountry, String endUse, String dataCentreName, String dataCentreCountry,
        Set<SecurityAttestation> attestations, FleetDeclaration fleet, ApplicantContact contact) {

    public Particulars {
        attestations = attestations == null ? Set.of() : Set.copyOf(attestations);
        contact = contact == null ? ApplicantContact.NONE : contact;
    }
}
