package com.tierline.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where the parties really stand, beside where they are: the consignee's ultimate parent, and the headquarters and
 * ultimate parent of the end user and of the ultimate end user (ISO alpha-2; null when the same as the party's own
 * country). The headquarters rule and AIA's conditions read every one of them (RULES.md §2, §4).
 */
@Embeddable
public record PartyOrigins(
        @Column(name = "consignee_parent_country") String consigneeParentCountry,
        @Column(name = "end_user_hq_country") String endUserHeadquartersCountry,
        @Column(name = "end_user_parent_country") String endUserParentCountry,
        @Column(name = "ult_end_user_hq_country") String ultimateEndUserHeadquartersCountry,
        @Column(name = "ult_end_user_parent_country") String ultimateEndUserParentCountry) {

    public static final PartyOrigins NONE = new PartyOrigins(null, null, null, null, null);

    public static PartyOrigins orNone(PartyOrigins origins) {
        return origins == null ? NONE : origins;
    }
}
