package com.tierline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.application.service.ItemDraft;
import com.tierline.identity.service.OrganisationDirectory;
import com.tierline.screening.domain.SecurityAttestation;
import com.tierline.screening.domain.Outcome;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.screening.service.RuleSetVersion;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The rules service inside the running application: stored rule sets, consignee totals, live preview. */
@TierlineIT
class RulesInTheProcessIT {

    @Autowired ApplicationService applications;
    @Autowired RuleSetCatalog ruleSets;
    @Autowired UserDetailsService users;
    @Autowired OrganisationDirectory organisations;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theShippedRuleSetIsStoredPublishedAndInForce() {
        assertThat(ruleSets.versions()).extracting(RuleSetVersion::version, RuleSetVersion::status)
                .contains(org.assertj.core.groups.Tuple.tuple("2025-01-15", RuleSetVersion.Status.PUBLISHED));
        assertThat(ruleSets.current().version()).isEqualTo("2025-01-15");
        assertThat(ruleSets.current().countries()).hasSize(249);
        assertThat(ruleSets.current().chips()).containsKey("H100-SXM5-80GB");
    }

    @Test
    void theLowVolumeExceptionCountsWhatWasAlreadyAuthorisedForTheConsignee() {
        SignIn.as(users, "exporter3");
        // 1,000 H100s = 15,832,000 TPP: the first fits under 26,900,000, the second would not.
        String first = submit(draft("Lakeside Compute Kft", "HU", 1000));
        String second = submit(draft("LAKESIDE COMPUTE KFT.", "HU", 1000));
        assertThat(applications.find(first).orElseThrow().outcome()).isEqualTo("AUTHORISED_LOW_VOLUME");
        CaseDetails later = applications.find(second).orElseThrow();
        assertThat(later.outcome()).isEqualTo("LICENCE_REQUIRED");
        assertThat(later.findings()).extracting("code").contains("LPP_LIMIT_EXCEEDED");
        assertThat(later.findings()).filteredOn(f -> f.code().equals("LPP_LIMIT_EXCEEDED")).first()
                .extracting("message").asString().contains("31,664,000");
    }

    @Test
    void theLivePreviewIsWhatTheProcessDecides() {
        SignIn.as(users, "exporter1");
        ApplicationDraft draft = Drafts.h100s("AE");
        draft.setConsigneeName("Kestrel Offshore Trading");
        ScreeningResult preview = applications.preview(draft);
        String reference = submit(draft);
        CaseDetails submitted = applications.find(reference).orElseThrow();

        assertThat(preview.outcome()).isEqualTo(Outcome.LICENCE_REQUIRED);
        assertThat(submitted.outcome()).isEqualTo(preview.outcome().name());
        assertThat(submitted.findings()).extracting("code")
                .containsExactlyElementsOf(preview.findings().stream().map(f -> f.code()).toList());
        assertThat(submitted.findings()).extracting("code").contains("RESTRICTED_PARTY_MATCH");
        assertThat(submitted.ruleSetVersion()).isEqualTo("2025-01-15");
        assertThat(submitted.screenings()).hasSize(1);
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void aCatalogueModelFillsInItsFigures() {
        SignIn.as(users, "exporter1");
        ApplicationDraft draft = Drafts.h100s("DE");
        draft.setItems(List.of(new ItemDraft("AMD Instinct MI300X", "MI300X", null, null, 8, null)));
        ScreeningResult preview = applications.preview(draft);
        assertThat(preview.items().get(0).tpp()).isEqualByComparingTo("20919");
        assertThat(preview.items().get(0).declared()).isFalse();
        assertThat(preview.outcome()).isEqualTo(Outcome.AUTHORISED_TIER1);
    }

    @Test
    void anOrganisationGrantedUniversalVeuStatusIsAuthorisedWhenItsFleetAndDataCentreQualify() {
        SignIn.as(users, "admin1");
        Long meridian = organisations.list().stream().filter(o -> o.name().equals("Meridian Systems")).findFirst()
                .orElseThrow().id();
        organisations.setVeuStatus(meridian, "UNIVERSAL");
        try {
            SignIn.as(users, "exporter3");
            assertThat(applications.myVeuStatus()).isEqualTo("UNIVERSAL");
            ApplicationDraft draft = Drafts.h100s("AE");
            assertThatThrownBy(() -> applications.file(draft))
                    .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("fleetTotalTpp", "Declare the fleet figure (TPP, zero or more)"));
            draft.setFleetTotalTpp(new BigDecimal("1000000000"));
            draft.setFleetTier1Tpp(new BigDecimal("800000000"));
            draft.setFleetUsTpp(new BigDecimal("600000000"));
            draft.setFleetInDestinationTpp(new BigDecimal("30000000"));
            draft.setAttestations(java.util.EnumSet.allOf(SecurityAttestation.class));
            String reference = submit(draft);
            CaseDetails c = applications.find(reference).orElseThrow();
            assertThat(c.outcome()).isEqualTo("AUTHORISED_VEU");
            assertThat(c.status()).isEqualTo(ApplicationStatus.AUTHORISED);
            assertThat(c.findings()).extracting("code").contains("UVEU_AUTHORISED");
        } finally {
            SignIn.as(users, "admin1");
            organisations.setVeuStatus(meridian, null);
        }
    }

    private String submit(ApplicationDraft draft) {
        String reference = applications.saveDraft(null, draft);
        applications.submit(reference);
        return reference;
    }

    private static ApplicationDraft draft(String consignee, String country, int h100s) {
        ApplicationDraft d = Drafts.h100s(country);
        d.setConsigneeName(consignee);
        d.setItems(List.of(new ItemDraft("NVIDIA H100", new BigDecimal("15832"), new BigDecimal("19.45"), h100s,
                null)));
        return d;
    }
}
