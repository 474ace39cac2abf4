package com.tierline.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ItemDraft;
import com.tierline.application.service.PartyDraft;
import com.tierline.screening.domain.SecurityAttestation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An application (or a screening request) as exporters' systems send it. Unknown fields are refused. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An export-licence application for advanced AI chips")
public record ApplicationBody(
        @Schema(example = "AE", description = "ISO 3166-1 alpha-2 code of the destination") String destinationCountry,
        Applicant applicant,
        PartyBody consignee,
        PartyBody endUser,
        @Schema(description = "Only when different from the end user") PartyBody ultimateEndUser,
        @Schema(description = "Who buys the items, when not the consignee (BIS form 748P). Screened against the "
                + "restricted-party list; a purchaser in a Tier 3 country makes the request Tier 3 (headquarters "
                + "rule)") PurchaserBody purchaser,
        @Schema(description = "0 to 5 freight forwarders or distributors the items pass through, in shipping order. "
                + "Each is screened; one in a Tier 3 country or on the restricted-party list is a blocking finding "
                + "and withholds every licence exception. Errors name the entry, e.g. intermediateConsignees[1].country")
        List<IntermediateConsigneeBody> intermediateConsignees,
        @Schema(description = "What the chips will be used for, by whom and where (20-4,000 characters; line "
                + "breaks and tabs allowed, other control and text-direction override characters are not)")
        String endUse,
        @Schema(description = "1 to 100 item lines") List<ItemBody> items,
        DataCentreBody dataCentre,
        @Schema(description = "Universal validated end users only: where their fleet of compute is") FleetBody fleet,
        @Schema(example = "2026-03-01", description = "Intended shipment date (ISO 8601). Decides the calendar year "
                + "of the low-volume limit and the rule set in force; without it, the filing date does")
        java.time.LocalDate shipmentDate,
        @Schema(example = "2025-01-15r2", description = "Screenings only: screen under this published rule-set "
                + "version instead of the one in force; refused when filing") String ruleSetVersion) {

    /** The most item lines a request may carry; more is refused with a field error on {@code items}. */
    public static final int MAX_ITEMS = com.tierline.screening.domain.Screener.MAX_ITEMS;

    public record Applicant(String contactName, String email, String phone) {
    }

    public record PartyBody(
            @Schema(description = "Up to 200 characters; no control characters (NUL, ESC, BEL, line breaks...) "
                    + "nor text-direction overrides or isolates (U+202A-U+202E, U+2066-U+2069)") String name,
            @Schema(description = "ISO 3166-1 alpha-2 or alpha-3 code") String country,
            @Schema(description = "Headquarters country, when it differs from country") String headquartersCountry,
            @Schema(description = "Country of the ultimate parent company, when it differs from the headquarters")
            String ultimateParentCountry,
            @Schema(example = "12", description = "Consignee and end user only: a registered party's id, instead of "
                    + "or beside name and country (which then default to the directory's). An id the directory "
                    + "does not offer is refused (422) at consignee.partyId / endUser.partyId") Long partyId) {

        public PartyBody(String name, String country, String headquartersCountry, String ultimateParentCountry) {
            this(name, country, headquartersCountry, ultimateParentCountry, null);
        }
    }

    public record PurchaserBody(
            @Schema(description = "Required; up to 200 characters, the same characters as a consignee's name")
            String name,
            @Schema(description = "Required; ISO 3166-1 alpha-2 or alpha-3 code") String country) {
    }

    public record IntermediateConsigneeBody(
            @Schema(description = "Required; up to 200 characters, the same characters as a consignee's name")
            String name,
            @Schema(description = "Required; ISO 3166-1 alpha-2 or alpha-3 code") String country,
            @Schema(example = "freight forwarder", description = "Optional, up to 100 characters") String role) {
    }

    public record ItemBody(
            @Schema(example = "H100-SXM5-80GB", description = "A chip model from the rule set's catalogue, or one of "
                    + "its aliases (\"H100\", \"h100 sxm\"); case, spaces and dashes do not matter") String model,
            @Schema(description = "Total processing performance per unit; wins over the catalogue. 0.01 to "
                    + "1,000,000, at most two decimal places") BigDecimal tpp,
            @Schema(description = "0 to 1,000, at most two decimal places") BigDecimal performanceDensity,
            @Schema(example = "2000", description = "A whole number from 1 to 10,000,000; 1.5 is refused")
            Integer quantity,
            @Schema(example = "25000", description = "US dollars per unit, 0 to 1,000,000,000, in whole cents "
                    + "(at most two decimal places)") BigDecimal unitValueUsd,
            @Schema(description = "Up to 200 characters; no control or text-direction override characters")
            String description) {
    }

    public record DataCentreBody(String name, String country,
            @Schema(description = "True attests all six Supp. No. 10 conditions at once") Boolean securityCertified,
            @Schema(description = "Or name the conditions attested one by one") Set<SecurityAttestation> attestations) {
    }

    @Schema(description = "Each figure 0 to 1,000,000,000,000,000 TPP, at most two decimal places")
    public record FleetBody(BigDecimal totalTpp, BigDecimal tier1Tpp, BigDecimal usTpp, BigDecimal inDestinationTpp) {
    }

    /** Country codes and model names as the rule set spells them: alpha-3 to alpha-2, an alias to the model. */
    interface Codes {
        String country(String code);

        String model(String name);
    }

    /** The form's draft, so that both channels are validated and screened by the same code. */
    ApplicationDraft toDraft(Codes codes) {
        if (ultimateEndUser != null && ultimateEndUser.partyId() != null) {
            // Only the consignee and the end user are looked up in the directory; an id elsewhere would be ignored.
            throw new com.tierline.application.service.InvalidApplicationException(Map.of("ultimateEndUser.partyId",
                    "Registered parties can be picked as consignee or end user only; name the ultimate end user"));
        }
        java.util.function.UnaryOperator<String> upper = code -> code == null ? null : codes.country(upper(code));
        ApplicationDraft draft = new ApplicationDraft();
        draft.setDestinationCountry(upper.apply(destinationCountry));
        draft.setShipmentDate(shipmentDate);
        draft.setOrigins(new com.tierline.application.domain.PartyOrigins(
                consignee == null ? null : upper.apply(consignee.ultimateParentCountry()),
                endUser == null ? null : upper.apply(endUser.headquartersCountry()),
                endUser == null ? null : upper.apply(endUser.ultimateParentCountry()),
                ultimateEndUser == null ? null : upper.apply(ultimateEndUser.headquartersCountry()),
                ultimateEndUser == null ? null : upper.apply(ultimateEndUser.ultimateParentCountry())));
        if (applicant != null) {
            draft.setContactName(applicant.contactName());
            draft.setContactEmail(applicant.email());
            draft.setContactPhone(applicant.phone());
        }
        if (consignee != null) {
            draft.setConsigneeName(consignee.name());
            draft.setConsigneeCountry(upper.apply(consignee.country()));
            draft.setConsigneeHeadquartersCountry(upper.apply(consignee.headquartersCountry()));
            draft.setConsigneePartyId(consignee.partyId());
        }
        if (endUser != null) {
            draft.setEndUserName(endUser.name());
            draft.setEndUserCountry(upper.apply(endUser.country()));
            draft.setEndUserPartyId(endUser.partyId());
        }
        if (ultimateEndUser != null) {
            draft.setUltimateEndUserName(ultimateEndUser.name());
            draft.setUltimateEndUserCountry(upper.apply(ultimateEndUser.country()));
        }
        if (purchaser != null) {
            draft.setPurchaser(new PartyDraft(purchaser.name(), upper.apply(purchaser.country()), null));
        }
        if (intermediateConsignees != null) {
            draft.setIntermediateConsignees(intermediateConsignees.stream().map(p -> p == null ? null
                    : new PartyDraft(p.name(), upper.apply(p.country()), p.role())).toList());
        }
        draft.setEndUse(endUse);
        if (dataCentre != null) {
            draft.setDataCentreName(dataCentre.name());
            draft.setDataCentreCountry(upper.apply(dataCentre.country()));
            Set<SecurityAttestation> attested = EnumSet.noneOf(SecurityAttestation.class);
            if (Boolean.TRUE.equals(dataCentre.securityCertified())) {
                attested.addAll(EnumSet.allOf(SecurityAttestation.class));
            }
            if (dataCentre.attestations() != null) {
                attested.addAll(dataCentre.attestations());
            }
            draft.setAttestations(attested);
        }
        if (fleet != null) {
            draft.setFleetTotalTpp(fleet.totalTpp());
            draft.setFleetTier1Tpp(fleet.tier1Tpp());
            draft.setFleetUsTpp(fleet.usTpp());
            draft.setFleetInDestinationTpp(fleet.inDestinationTpp());
        }
        List<ItemDraft> lines = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                ItemBody item = items.get(i) != null ? items.get(i) : new ItemBody(null, null, null, null, null, null);
                String description = item.description() != null && !item.description().isBlank() ? item.description()
                        : item.model() != null ? item.model() : "Item " + (i + 1);
                String model = item.model() == null ? null : codes.model(item.model());
                lines.add(new ItemDraft(description, model, item.tpp(), item.performanceDensity(),
                        item.quantity(), item.unitValueUsd()));
            }
        }
        draft.setItems(lines);
        // Filing through the API is the declaration; the caller's credentials stand for the signature.
        draft.setDeclarationAccepted(true);
        return draft;
    }

    private static String upper(String iso) {
        return iso == null ? null : iso.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
