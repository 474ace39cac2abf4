package com.tierline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.application.service.ItemDraft;
import com.tierline.screening.domain.SecurityAttestation;
import com.tierline.screening.domain.Outcome;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.screening.service.RuleSetVersion;
import com.tierline.support.Cases;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The rules service inside the running application: stored rule sets, consignee totals, live preview. */
@TierlineIT
class RulesInTheProcessIT {

    @Autowired ApplicationService applications;
    @Autowired RuleSetCatalog ruleSets;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;
    Cases cases;

    @BeforeEach
    void fixtures() {
        cases = Cases.in(context);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theShippedRuleSetIsStoredPublishedAndInForce() {
        assertThat(ruleSets.versions()).extracting(RuleSetVersion::version, RuleSetVersion::status)
                .contains(org.assertj.core.groups.Tuple.tuple("2025-01-15", RuleSetVersion.Status.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple("2025-01-15r2", RuleSetVersion.Status.PUBLISHED));
        assertThat(ruleSets.current().version()).as("the corrected revision, same effective date")
                .isEqualTo("2025-01-15r2");
        assertThat(ruleSets.byVersion("2025-01-15").countries()).as("the first revision as published").hasSize(249);
        assertThat(ruleSets.current().countries()).as("Kosovo (XK) added").hasSize(250);
        assertThat(ruleSets.current().chips()).containsKey("H100-SXM5-80GB");
    }

    @Test
    void theLowVolumeExceptionCountsWhatWasAlreadyAuthorisedForTheConsignee() {
        // 1,000 H100s = 15,832,000 TPP: the first fits under 26,900,000, the second would not.
        String first = cases.filed("exporter3", draft("Lakeside Compute Kft", "HU", 1000));
        String second = cases.filed("exporter3", draft("LAKESIDE COMPUTE KFT.", "HU", 1000));
        assertThat(applications.find(first).orElseThrow().outcome()).isEqualTo("AUTHORISED_LOW_VOLUME");
        CaseDetails later = applications.find(second).orElseThrow();
        assertThat(later.outcome()).isEqualTo("LICENCE_REQUIRED");
        assertThat(later.findings()).extracting("code").contains("LPP_LIMIT_EXCEEDED");
        assertThat(later.findings()).filteredOn(f -> f.code().equals("LPP_LIMIT_EXCEEDED")).first()
                .extracting("message").asString().contains("does not fit")
                .contains("The applicant organisation's own shipments to this consignee under the exception have used "
                        + "15,832,000 TPP");
    }

    @Test
    void anExporterIsShownOnlyItsOwnOrganisationsLowVolumeUse() {
        cases.filed("exporter3", draft("Danube Compute Zrt", "HU", 1000));
        SignIn.as(users, "exporter1"); // another organisation, same consignee
        ScreeningResult preview = applications.preview(draft("Danube Compute Zrt", "HU", 1000));
        assertThat(preview.outcome()).as("every exporter's shipments count").isEqualTo(Outcome.LICENCE_REQUIRED);
        assertThat(preview.findings()).filteredOn(f -> f.code().equals("LPP_LIMIT_EXCEEDED")).singleElement()
                .extracting("message").asString()
                .contains("The applicant organisation's own shipments to this consignee under the exception have used 0 TPP")
                .doesNotContain("15,832,000").doesNotContain("31,664,000");
    }

    @Test
    void theShipmentDateDecidesTheLowVolumeYear() {
        SignIn.as(users, "exporter3");
        ApplicationDraft thisYear = draft("Tisza Compute Kft", "HU", 1000);
        cases.filed("exporter3", thisYear);
        ApplicationDraft nextYear = draft("Tisza Compute Kft", "HU", 1000);
        nextYear.setShipmentDate(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1));
        assertThat(applications.preview(nextYear).outcome()).as("a new calendar year, a new allowance")
                .isEqualTo(Outcome.AUTHORISED_LOW_VOLUME);
        assertThat(applications.preview(draft("Tisza Compute Kft", "HU", 1000)).outcome())
                .isEqualTo(Outcome.LICENCE_REQUIRED);
        ApplicationDraft tooEarly = draft("Tisza Compute Kft", "HU", 1);
        tooEarly.setShipmentDate(java.time.LocalDate.of(2024, 6, 1));
        assertThatThrownBy(() -> applications.preview(tooEarly))
                .isInstanceOfSatisfying(com.tierline.screening.domain.InvalidScreeningRequestException.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("shipmentDate"));
    }

    @Test
    void theHeadquartersAndParentsOfEveryPartyAreReadAndKept() {
        SignIn.as(users, "exporter1");
        ApplicationDraft draft = Drafts.h100s("DE");
        draft.setItems(List.of(new ItemDraft("NVIDIA H100", new BigDecimal("15832"), new BigDecimal("19.45"), 1,
                null)));
        draft.setConsigneeHeadquartersCountry("IN");
        assertThat(applications.preview(draft).findings()).extracting("code")
                .contains("AIA_CONSIGNEE_HEADQUARTERS").doesNotContain("TIER1_AIA");
        draft.setConsigneeHeadquartersCountry(null);
        draft.setOrigins(new com.tierline.application.domain.PartyOrigins(null, null, null, null, "CN"));
        draft.setUltimateEndUserName("Rhein Research");
        draft.setUltimateEndUserCountry("DE");
        String reference = cases.filed("exporter1", draft);
        CaseDetails filed = applications.find(reference).orElseThrow();
        assertThat(filed.outcome()).isEqualTo("PRESUMPTION_OF_DENIAL");
        assertThat(filed.findings()).extracting("code").contains("HEADQUARTERS_TIER3");
        assertThat(applications.loadDraft(reference).getOrigins().ultimateEndUserParentCountry()).isEqualTo("CN");
    }

    @Test
    void theLivePreviewIsWhatTheProcessDecides() {
        SignIn.as(users, "exporter1");
        ApplicationDraft draft = Drafts.h100s("AE");
        draft.setConsigneeName("Kestrel Offshore Trading");
        ScreeningResult preview = applications.preview(draft);
        String reference = cases.filed("exporter1", draft);
        CaseDetails submitted = applications.find(reference).orElseThrow();

        assertThat(preview.outcome()).isEqualTo(Outcome.LICENCE_REQUIRED);
        assertThat(submitted.outcome()).isEqualTo(preview.outcome().name());
        assertThat(submitted.findings()).extracting("code")
                .containsExactlyElementsOf(preview.findings().stream().map(f -> f.code()).toList());
        assertThat(submitted.findings()).extracting("code").contains("RESTRICTED_PARTY_MATCH");
        assertThat(submitted.ruleSetVersion()).isEqualTo("2025-01-15r2");
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
    void aConsigneeHoldingAUniversalVeuIsAuthorisedWhenItsFleetAndDataCentreQualify() {
        // RULES.md §3.2: VEU status is the registered party's (the demo UVEU Aldgate Sovereign Compute), not the
        // filing organisation's.
        SignIn.as(users, "exporter3");
        ApplicationDraft draft = Drafts.h100s("AE");
        draft.setConsigneeName("Aldgate Sovereign Compute Ltd");
        ScreeningResult withoutAttestations = applications.preview(draft);
        assertThat(withoutAttestations.outcome()).isEqualTo(Outcome.LICENCE_REQUIRED);
        assertThat(withoutAttestations.findings()).extracting("code").contains("VEU_ATTESTATION_MISSING");
        ApplicationDraft small = Drafts.h100s("AE");
        small.setConsigneeName("Aldgate Sovereign Compute Ltd");
        small.setItems(List.of(new ItemDraft("NVIDIA H100", new BigDecimal("15832"), new BigDecimal("19.45"), 10,
                null)));
        assertThat(applications.preview(small).outcome()).isEqualTo(Outcome.AUTHORISED_LOW_VOLUME);
        // The fleet declared on the application is today's figure and wins over the one recorded with the grant.
        draft.setFleetTotalTpp(new BigDecimal("1000000000"));
        draft.setFleetTier1Tpp(new BigDecimal("800000000"));
        draft.setFleetUsTpp(new BigDecimal("600000000"));
        draft.setFleetInDestinationTpp(new BigDecimal("30000000"));
        draft.setAttestations(java.util.EnumSet.allOf(SecurityAttestation.class));
        String reference = cases.filed("exporter3", draft);
        CaseDetails c = applications.find(reference).orElseThrow();
        assertThat(c.outcome()).isEqualTo("AUTHORISED_VEU");
        assertThat(c.status()).isEqualTo(ApplicationStatus.AUTHORISED);
        assertThat(c.findings()).extracting("code").contains("UVEU_AUTHORISED");
    }

    private static ApplicationDraft draft(String consignee, String country, int h100s) {
        ApplicationDraft d = Drafts.h100s(country);
        d.setConsigneeName(consignee);
        d.setItems(List.of(new ItemDraft("NVIDIA H100", new BigDecimal("15832"), new BigDecimal("19.45"), h100s,
                null)));
        return d;
    }
}
