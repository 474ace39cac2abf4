package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Everything the screener needs, gathered by the caller beforehand so that evaluation does no I/O.
 *
 * @param consigneeLppUsedTpp     TPP already authorised under the low-volume exception for this consignee this
 *                                calendar year, by every exporter (decides whether the request fits)
 * @param allocation              the destination's allocation position; null when the caller does not track it
 * @param veu                     the exporter's validated-end-user status; null if none
 * @param dataCentreCountry       where the chips will be installed, if the request says (AIA: items stay in Tier 1)
 * @param organisationLppUsedTpp  the part of {@code consigneeLppUsedTpp} shipped by the requesting organisation —
 *                                the only figure an exporter is shown; null when the caller does not know it
 * @param purchaser               who buys the items, if not the consignee (form 748P); null if none
 * @param intermediateConsignees  the parties the items pass through on the way, in shipping order (at most
 *                                {@link Screener#MAX_INTERMEDIATE_CONSIGNEES})
 */
public record ScreeningRequest(String destinationCountry, Party consignee, Party endUser, Party ultimateEndUser,
        List<Item> items, ValidatedEndUser veu, Set<SecurityAttestation> attestations,
        BigDecimal consigneeLppUsedTpp, AllocationPosition allocation, String dataCentreCountry,
        BigDecimal organisationLppUsedTpp, Party purchaser, List<Party> intermediateConsignees) {

    public ScreeningRequest {
        items = items == null ? List.of() : List.copyOf(items);
        intermediateConsignees = intermediateConsignees == null ? List.of() : List.copyOf(intermediateConsignees);
        attestations = attestations == null ? Set.of() : Set.copyOf(attestations);
        consigneeLppUsedTpp = consigneeLppUsedTpp == null ? BigDecimal.ZERO : consigneeLppUsedTpp;
    }

    /** A request without purchaser and intermediate consignees. */
    public ScreeningRequest(String destinationCountry, Party consignee, Party endUser, Party ultimateEndUser,
            List<Item> items, ValidatedEndUser veu, Set<SecurityAttestation> attestations,
            BigDecimal consigneeLppUsedTpp, AllocationPosition allocation, String dataCentreCountry,
            BigDecimal organisationLppUsedTpp) {
        this(destinationCountry, consignee, endUser, ultimateEndUser, items, veu, attestations, consigneeLppUsedTpp,
                allocation, dataCentreCountry, organisationLppUsedTpp, null, List.of());
    }

    /** A request without a data-centre country and without the organisation's own share of the LPP total. */
    public ScreeningRequest(String destinationCountry, Party consignee, Party endUser, Party ultimateEndUser,
            List<Item> items, ValidatedEndUser veu, Set<SecurityAttestation> attestations,
            BigDecimal consigneeLppUsedTpp, AllocationPosition allocation) {
        this(destinationCountry, consignee, endUser, ultimateEndUser, items, veu, attestations, consigneeLppUsedTpp,
                allocation, null, null);
    }

    /** A request with only a destination and items, as used by the simplest callers. */
    public ScreeningRequest(String destinationCountry, List<Item> items) {
        this(destinationCountry, null, null, null, items, null, Set.of(), BigDecimal.ZERO, null);
    }

    /**
     * A line item: a catalogue model, or declared TPP and density per unit (declared figures win), and how many.
     */
    public record Item(String model, BigDecimal tpp, BigDecimal performanceDensity, int quantity) {

        public Item(BigDecimal tpp, BigDecimal performanceDensity, int quantity) {
            this(null, tpp, performanceDensity, quantity);
        }
    }
}
