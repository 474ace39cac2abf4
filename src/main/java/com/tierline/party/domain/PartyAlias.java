package com.tierline.party.domain;

import jakarta.persistence.Embeddable;

/** Another name a registered party goes by, with the key its typed spellings are matched on. */
@Embeddable
public record PartyAlias(String name, String identityKey) {
}
