package com.tierline.application.service;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.party.service.PartyChoice;
import com.tierline.party.service.PartyResolver;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The application's side of "parties are identities": a consignee or end user picked from the directory (by id, on
 * the form or in the API) takes its name and country from there unless the exporter typed them; an unknown id is
 * refused at its field. At filing, each of the two becomes a registered party — the one picked or resolved, else a
 * new provisional one — so its totals follow the party from then on.
 */
@Component
class PartyLinking {

    private final PartyResolver parties;

    PartyLinking(PartyResolver parties) {
        this.parties = parties;
    }

    /** Fills a picked party's name and country where the draft has none; refuses ids the directory does not offer. */
    void fillPicked(ApplicationDraft draft) {
        Map<String, String> errors = new TreeMap<>();
        if (draft.getConsigneePartyId() != null) {
            Optional<PartyChoice> picked = picked(draft.getConsigneePartyId(), "consigneePartyId", errors);
            picked.ifPresent(p -> {
                draft.setConsigneeName(blank(draft.getConsigneeName()) ? p.name() : draft.getConsigneeName());
                draft.setConsigneeCountry(blank(draft.getConsigneeCountry()) ? p.country()
                        : draft.getConsigneeCountry());
                mismatch(p, draft.getConsigneeCountry(), "consigneeCountry", errors);
            });
        }
        if (draft.getEndUserPartyId() != null) {
            Optional<PartyChoice> picked = picked(draft.getEndUserPartyId(), "endUserPartyId", errors);
            picked.ifPresent(p -> {
                draft.setEndUserName(blank(draft.getEndUserName()) ? p.name() : draft.getEndUserName());
                draft.setEndUserCountry(blank(draft.getEndUserCountry()) ? p.country() : draft.getEndUserCountry());
                mismatch(p, draft.getEndUserCountry(), "endUserCountry", errors);
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidApplicationException(errors);
        }
    }

    /**
     * A copy of a filed application keeps only the links an exporter could pick: a provisional party made at that
     * filing is not offered, so the copy carries the typed name and is resolved afresh when it is filed.
     */
    void keepOnlyPickable(ApplicationDraft draft) {
        if (draft.getConsigneePartyId() != null && parties.pickable(draft.getConsigneePartyId()).isEmpty()) {
            draft.setConsigneePartyId(null);
        }
        if (draft.getEndUserPartyId() != null && parties.pickable(draft.getEndUserPartyId()).isEmpty()) {
            draft.setEndUserPartyId(null);
        }
    }

    /** At filing: both parties settled as registered (or new provisional) parties, linked to the case. */
    void atFiling(LicenceApplication application, String actor) {
        Long consignee = application.getConsigneeName() == null ? null : parties.atFiling(
                application.getConsigneePartyId(), application.getConsigneeName(), application.getConsigneeCountry(),
                actor, application.getReference());
        Long endUser = application.particulars().endUserName() == null ? null : parties.atFiling(
                application.getEndUserPartyId(), application.particulars().endUserName(), application.particulars().endUserCountry(),
                actor, application.getReference());
        application.linkParties(consignee, endUser);
    }

    private Optional<PartyChoice> picked(Long id, String field, Map<String, String> errors) {
        Optional<PartyChoice> picked = parties.pickable(id);
        if (picked.isEmpty()) {
            errors.put(field, "There is no registered party " + id + " to pick: choose one from the directory or "
                    + "type the party's name and country");
        }
        return picked;
    }

    private static void mismatch(PartyChoice p, String country, String field, Map<String, String> errors) {
        if (country != null && !country.equals(p.country())) {
            errors.put(field, p.name() + " is registered in " + p.country() + ", not " + country
                    + ": pick another party or leave the country to the directory");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
