package com.tierline.application.service;

import com.tierline.application.domain.ApplicantContact;
import com.tierline.application.domain.FleetDeclaration;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LineItem;
import com.tierline.application.domain.Particulars;
import com.tierline.application.domain.TradeParty;
import java.util.List;

/** The form's draft and the case's declared particulars, each written from the other, field by field. */
final class DraftMapping {

    private DraftMapping() {
    }

    /** The case as a draft the form can show again (its saved content, nothing screened). */
    static ApplicationDraft toDraft(LicenceApplication a) {
        ApplicationDraft draft = new ApplicationDraft();
        draft.setDestinationCountry(a.getDestinationCountry());
        draft.setConsigneeName(a.getConsigneeName());
        draft.setConsigneePartyId(a.getConsigneePartyId());
        draft.setEndUserPartyId(a.getEndUserPartyId());
        draft.setConsigneeCountry(a.getConsigneeCountry());
        draft.setEndUserName(a.particulars().endUserName());
        draft.setEndUserCountry(a.particulars().endUserCountry());
        draft.setEndUse(a.particulars().endUse());
        draft.setConsigneeHeadquartersCountry(a.particulars().consigneeHeadquartersCountry());
        draft.setUltimateEndUserName(a.particulars().ultimateEndUserName());
        draft.setUltimateEndUserCountry(a.particulars().ultimateEndUserCountry());
        draft.setDataCentreName(a.particulars().dataCentreName());
        draft.setDataCentreCountry(a.particulars().dataCentreCountry());
        draft.setOrigins(a.particulars().origins());
        draft.setShipmentDate(a.particulars().shipmentDate());
        draft.setPurchaser(draftParty(a.particulars().purchaser()));
        draft.setIntermediateConsignees(a.particulars().intermediateConsignees().stream()
                .map(DraftMapping::draftParty).toList());
        draft.setContactName(a.particulars().contact().name());
        draft.setContactEmail(a.particulars().contact().email());
        draft.setContactPhone(a.particulars().contact().phone());
        draft.setDeclarationAccepted(a.isDeclarationAccepted());
        draft.setAttestations(a.particulars().attestations());
        FleetDeclaration fleet = a.particulars().fleet();
        if (fleet != null) {
            draft.setFleetTotalTpp(fleet.totalTpp());
            draft.setFleetTier1Tpp(fleet.tier1Tpp());
            draft.setFleetUsTpp(fleet.usTpp());
            draft.setFleetInDestinationTpp(fleet.inDestinationTpp());
        }
        draft.setItems(a.getItems().stream().map(i -> new ItemDraft(i.getDescription(), i.getModel(), i.getTpp(),
                i.getPerformanceDensity(), i.getQuantity(), i.getUnitValueUsd())).toList());
        return draft;
    }

    static Particulars toParticulars(ApplicationDraft d) {
        FleetDeclaration fleet = d.getFleetTotalTpp() == null && d.getFleetTier1Tpp() == null
                && d.getFleetUsTpp() == null && d.getFleetInDestinationTpp() == null ? null
                : new FleetDeclaration(d.getFleetTotalTpp(), d.getFleetTier1Tpp(), d.getFleetUsTpp(),
                        d.getFleetInDestinationTpp());
        return new Particulars(d.getDestinationCountry(), trim(d.getConsigneeName()), d.getConsigneeCountry(),
                d.getConsigneeHeadquartersCountry(), trim(d.getEndUserName()), d.getEndUserCountry(),
                trim(d.getUltimateEndUserName()), d.getUltimateEndUserCountry(), trim(d.getEndUse()),
                trim(d.getDataCentreName()), d.getDataCentreCountry(), d.getAttestations(), fleet,
                new ApplicantContact(trim(d.getContactName()), trim(d.getContactEmail()), trim(d.getContactPhone())),
                d.getOrigins(), d.getShipmentDate(), party(d.getPurchaser()),
                d.getIntermediateConsignees().stream().map(DraftMapping::party).toList());
    }

    static ScreeningRequests.PartyLinks links(ApplicationDraft d) {
        return new ScreeningRequests.PartyLinks(d.getConsigneePartyId(), d.getEndUserPartyId());
    }

    static TradeParty party(PartyDraft p) {
        return p == null ? null : new TradeParty(p.name(), p.country(), p.role());
    }

    static PartyDraft draftParty(TradeParty p) {
        return p == null ? null : new PartyDraft(p.name(), p.country(), p.role());
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Items as stored; a catalogue model without declared figures is resolved by the screener's rule set. */
    static List<LineItem> toLineItems(ApplicationDraft draft) {
        return draft.getItems().stream().map(i -> new LineItem(i.description() == null ? null : i.description().trim(),
                i.model() == null || i.model().isBlank() ? null : i.model().trim(), i.tpp(), i.performanceDensity(),
                i.quantity() == null ? 0 : i.quantity(), i.unitValueUsd())).toList();
    }
}
