package com.tierline.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.application.service.ItemDraft;
import com.tierline.identity.service.OrganisationDirectory;
import com.tierline.party.domain.VeuKind;
import com.tierline.party.service.AuthorisationDetails;
import com.tierline.party.service.PartyDetails;
import com.tierline.party.service.PartyDirectory;
import com.tierline.party.service.PartyRefusedException;
import com.tierline.party.service.PartyView;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.Outcome;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.domain.SecurityAttestation;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** RULES.md §3.1 and §3.2: the low-volume total, VEU status and NVEU allowance belong to the registered party. */
@TierlineIT
class RegisteredPartiesIT {

    @Autowired ApplicationService applications;
    @Autowired PartyDirectory directory;
    @Autowired OrganisationDirectory organisations;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aTypedAliasResolvesToTheRegisteredPartyAndTheScreeningSaysSo() {
        SignIn.as(users, "exporter1");
        ApplicationDraft draft = draft("SGC Cloud", "AE", 10);

        ScreeningResult result = applications.preview(draft);

        assertThat(result.findings()).filteredOn(f -> f.code().equals("PARTY_RESOLVED")).extracting(Finding::message)
                .singleElement().asString().contains("registered party \u201cSandgrouse Compute FZ-LLC\u201d")
                .contains("typed \u201cSGC Cloud\u201d");
    }

    @Test
    void theRegisteredNameItselfIsNotFlagged() {
        SignIn.as(users, "exporter1");
        ScreeningResult result = applications.preview(draft("Sandgrouse Compute FZ-LLC", "AE", 10));
        assertThat(result.findings()).extracting(Finding::code).doesNotContain("PARTY_RESOLVED");
    }

    @Test
    void twoSpellingsOfOneRegisteredConsigneeShareOneLowVolumeTotal() {
        Long party = register("Kittiwake Analytics Kft", "HU", List.of("KWA Systems"));
        SignIn.as(users, "exporter3");
        // 1,000 H100s are 15,832,000 TPP: one fits the 26,900,000 limit, two do not — whatever each is called.
        String first = file(draft("Kittiwake Analytics Kft", "HU", 1000));
        String second = file(draft("KWA Systems", "HU", 1000));

        assertThat(applications.find(first).orElseThrow().outcome()).isEqualTo("AUTHORISED_LOW_VOLUME");
        CaseDetails later = applications.find(second).orElseThrow();
        assertThat(later.outcome()).isEqualTo("LICENCE_REQUIRED");
        assertThat(later.findings()).extracting(Finding::code).contains("LPP_LIMIT_EXCEEDED", "PARTY_RESOLVED");
        SignIn.as(users, "admin1");
        assertThat(directory.all()).filteredOn(p -> p.name().startsWith("KWA")).as("no provisional party for an "
                + "alias").isEmpty();
        assertThat(directory.all()).extracting(PartyView::id).contains(party);
    }

    @Test
    void anotherOrganisationsShipmentsToTheConsigneeAreCountedButNeverShown() {
        register("Fulmar Grid Services", "HU", List.of());
        SignIn.as(users, "exporter3");
        file(draft("Fulmar Grid Services", "HU", 1000));
        SignIn.as(users, "exporter1");

        ScreeningResult result = applications.preview(draft("Fulmar Grid Services", "HU", 1000));

        assertThat(result.outcome()).isEqualTo(Outcome.LICENCE_REQUIRED);
        Finding lpp = result.findings().stream().filter(f -> f.code().equals("LPP_LIMIT_EXCEEDED")).findFirst()
                .orElseThrow();
        assertThat(lpp.message()).contains("own shipments").contains("have used 0 TPP")
                .doesNotContain("15,832,000");
    }

    @Test
    void vEuStatusComesFromTheConsigneesAuthorisationNotFromTheFilingOrganisation() {
        // A US-headquartered UVEU: at least 75% of its fleet in Tier 1, at most 7% here, at least 50% in the US.
        SignIn.as(users, "admin1");
        Long skua = directory.register(new PartyDetails("Skua Compute Partners", List.of(), "AE", "US", null, null,
                null, null));
        SignIn.as(users, "admin1");
        directory.grant(skua, new AuthorisationDetails("UVEU-TEST-0001", VeuKind.UVEU, null,
                LocalDate.of(2025, 5, 15), LocalDate.of(2026, 6, 30), new BigDecimal("1000000000"),
                new BigDecimal("800000000"), new BigDecimal("600000000"), new BigDecimal("30000000")));
        Long meridian = organisations.list().stream().filter(o -> o.name().equals("Meridian Systems")).findFirst()
                .orElseThrow().id();
        organisations.setVeuStatus(meridian, "UNIVERSAL");
        try {
            SignIn.as(users, "exporter3");
            ApplicationDraft toSkua = qualifying(draft("Skua Compute Partners", "AE", 2000));
            toSkua.setShipmentDate(LocalDate.of(2026, 3, 1));
            assertThat(applications.preview(toSkua).outcome()).isEqualTo(Outcome.AUTHORISED_VEU);

            ApplicationDraft elsewhere = qualifying(Drafts.h100s("AE"));
            ScreeningResult fromTheOrganisation = applications.preview(elsewhere);
            assertThat(fromTheOrganisation.outcome()).as("the filing organisation's status gives nothing")
                    .isEqualTo(Outcome.LICENCE_REQUIRED);
            assertThat(fromTheOrganisation.findings()).extracting(Finding::code).doesNotContain("UVEU_AUTHORISED");

            toSkua.setShipmentDate(LocalDate.of(2026, 7, 1));
            ScreeningResult expired = applications.preview(toSkua);
            assertThat(expired.outcome()).as("the authorisation ended on 30 June 2026")
                    .isEqualTo(Outcome.LICENCE_REQUIRED);
            assertThat(expired.findings()).extracting(Finding::code).doesNotContain("UVEU_AUTHORISED");
        } finally {
            SignIn.as(users, "admin1");
            organisations.setVeuStatus(meridian, null);
        }
    }

    @Test
    void aNationalVeuIsAuthorisedForItsOwnDestinationOnly() {
        SignIn.as(users, "exporter1");
        ApplicationDraft najd = qualifying(draft("Najd Data Company", "SA", 2000));
        assertThat(applications.preview(najd).outcome()).isEqualTo(Outcome.AUTHORISED_VEU);
    }

    @Test
    void anUnknownNameBecomesAProvisionalPartyAtFilingNotAtPreScreen() {
        SignIn.as(users, "exporter1");
        ApplicationDraft draft = draft("Gannet Render Farm", "HU", 10);
        applications.preview(draft);
        SignIn.as(users, "admin1");
        assertThat(directory.all()).extracting(PartyView::name).doesNotContain("Gannet Render Farm");

        SignIn.as(users, "exporter1");
        file(draft);
        SignIn.as(users, "admin1");
        assertThat(directory.all()).filteredOn(p -> p.name().equals("Gannet Render Farm")).singleElement()
                .satisfies(p -> assertThat(p.provisional()).isTrue());
    }

    @Test
    void aPickedPartyFillsTheNameAndAnUnknownIdIsRefusedAtItsField() {
        SignIn.as(users, "admin1");
        Long sandgrouse = directory.all().stream().filter(p -> p.name().equals("Sandgrouse Compute FZ-LLC"))
                .findFirst().orElseThrow().id();
        SignIn.as(users, "exporter1");
        ApplicationDraft picked = draft(null, null, 10);
        picked.setConsigneePartyId(sandgrouse);
        assertThat(applications.preview(picked).findings()).extracting(Finding::code).contains("LPP_AUTHORISED");
        assertThat(picked.getConsigneeName()).isEqualTo("Sandgrouse Compute FZ-LLC");

        ApplicationDraft unknown = draft(null, null, 10);
        unknown.setConsigneePartyId(987654L);
        assertThatThrownBy(() -> applications.preview(unknown)).isInstanceOfSatisfying(
                InvalidApplicationException.class, e -> assertThat(e.fieldErrors()).containsKey("consigneePartyId"));
    }

    @Test
    void anInvalidLeiIsRefusedAndNothingIsSaved() {
        SignIn.as(users, "admin1");
        int before = directory.all().size();
        assertThatThrownBy(() -> directory.register(new PartyDetails("Shearwater Labs", List.of(), "HU", null, null,
                null, null, "5493002SANDGRSE0C187"))).isInstanceOfSatisfying(PartyRefusedException.class,
                        e -> assertThat(e.errors()).containsEntry("lei",
                                "The check digits do not match: look for a mistyped character"));
        assertThat(directory.all()).hasSize(before);
    }

    @Test
    void exportersCannotChangeTheDirectory() {
        SignIn.as(users, "exporter1");
        assertThatThrownBy(() -> directory.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.register(new PartyDetails("Mine", List.of(), "HU", null, null, null, null,
                null))).isInstanceOf(AccessDeniedException.class);
    }

    private Long register(String name, String country, List<String> aliases) {
        SignIn.as(users, "admin1");
        return directory.register(new PartyDetails(name, aliases, country, null, null, null, null, null));
    }

    private String file(ApplicationDraft draft) {
        return applications.file(draft).reference();
    }

    private static ApplicationDraft qualifying(ApplicationDraft d) {
        d.setAttestations(EnumSet.allOf(SecurityAttestation.class));
        return d;
    }

    private static ApplicationDraft draft(String consignee, String country, int h100s) {
        ApplicationDraft d = Drafts.h100s(country == null ? "AE" : country);
        d.setConsigneeName(consignee);
        d.setConsigneeCountry(country);
        d.setItems(List.of(new ItemDraft("NVIDIA H100", new BigDecimal("15832"), new BigDecimal("19.45"), h100s,
                null)));
        return d;
    }
}
