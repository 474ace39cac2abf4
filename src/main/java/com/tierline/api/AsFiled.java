package com.tierline.api;

import com.tierline.application.domain.PartyOrigins;
import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ItemDraft;
import com.tierline.application.service.PartyDraft;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An application as its exporter filed it, in the very shape a filing is sent in ({@link ApplicationBody}): the
 * stored particulars read back through the form's own mapping, amounts exactly as given (only trailing zeros the
 * database adds are dropped), countries as the ISO codes the rule set spells them with.
 */
final class AsFiled {

    private AsFiled() {
    }

    static ApplicationBody of(ApplicationDraft d) {
        PartyOrigins origins = PartyOrigins.orNone(d.getOrigins());
        ApplicationBody.PartyBody ultimate = d.getUltimateEndUserName() == null && d.getUltimateEndUserCountry() == null
                ? null : new ApplicationBody.PartyBody(d.getUltimateEndUserName(), d.getUltimateEndUserCountry(),
                        origins.ultimateEndUserHeadquartersCountry(), origins.ultimateEndUserParentCountry(), null);
        PartyDraft purchaser = d.getPurchaser();
        return new ApplicationBody(d.getDestinationCountry(),
                new ApplicationBody.Applicant(d.getContactName(), d.getContactEmail(), d.getContactPhone()),
                new ApplicationBody.PartyBody(d.getConsigneeName(), d.getConsigneeCountry(),
                        d.getConsigneeHeadquartersCountry(), origins.consigneeParentCountry(),
                        d.getConsigneePartyId()),
                new ApplicationBody.PartyBody(d.getEndUserName(), d.getEndUserCountry(),
                        origins.endUserHeadquartersCountry(), origins.endUserParentCountry(), d.getEndUserPartyId()),
                ultimate,
                purchaser == null ? null : new ApplicationBody.PurchaserBody(purchaser.name(), purchaser.country()),
                d.getIntermediateConsignees().stream().filter(Objects::nonNull)
                        .map(p -> new ApplicationBody.IntermediateConsigneeBody(p.name(), p.country(), p.role()))
                        .toList(),
                d.getEndUse(), d.getItems().stream().map(AsFiled::item).toList(), dataCentre(d), fleet(d),
                d.getShipmentDate(), null);
    }

    private static ApplicationBody.ItemBody item(ItemDraft i) {
        return new ApplicationBody.ItemBody(i.model(), ApplicationResponse.amount(i.tpp()),
                ApplicationResponse.amount(i.performanceDensity()), i.quantity(),
                ApplicationResponse.amount(i.unitValueUsd()), i.description());
    }

    private static ApplicationBody.DataCentreBody dataCentre(ApplicationDraft d) {
        if (d.getDataCentreName() == null && d.getDataCentreCountry() == null && d.getAttestations().isEmpty()) {
            return null;
        }
        // The conditions attested one by one: "securityCertified" is only a way of sending all six at once.
        return new ApplicationBody.DataCentreBody(d.getDataCentreName(), d.getDataCentreCountry(), null,
                d.getAttestations());
    }

    private static ApplicationBody.FleetBody fleet(ApplicationDraft d) {
        if (Stream.of(d.getFleetTotalTpp(), d.getFleetTier1Tpp(), d.getFleetUsTpp(), d.getFleetInDestinationTpp())
                .allMatch(Objects::isNull)) {
            return null;
        }
        return new ApplicationBody.FleetBody(ApplicationResponse.amount(d.getFleetTotalTpp()),
                ApplicationResponse.amount(d.getFleetTier1Tpp()), ApplicationResponse.amount(d.getFleetUsTpp()),
                ApplicationResponse.amount(d.getFleetInDestinationTpp()));
    }
}
