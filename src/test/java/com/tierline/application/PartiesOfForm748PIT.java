package com.tierline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.application.service.PartyDraft;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.Severity;
import com.tierline.support.Cases;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The purchaser and intermediate consignees of form 748P: kept with the case, shown, and every one screened. */
@TierlineIT
class PartiesOfForm748PIT {

    @Autowired ApplicationService applications;
    @Autowired UserDetailsService users;
    @Autowired com.tierline.document.service.DocumentStore documents;
    @Autowired ApplicationContext context;
    Cases cases;

    @BeforeEach
    void signIn() {
        cases = Cases.in(context);
        SignIn.as(users, "exporter1");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anIntermediateConsigneeInChinaIsABlockingTransshipmentFindingAndNothingIsAuthorised() {
        ApplicationDraft draft = Drafts.h100s("DE");
        draft.setItems(List.of(draft.getItems().get(0)));
        draft.setIntermediateConsignees(List.of(new PartyDraft("Rotterdam Forwarding BV", "NL", "freight forwarder"),
                new PartyDraft("Shenzhen Bonded Logistics Co.", "CN", "distributor")));
        String reference = cases.filed("exporter1", draft);

        CaseDetails c = applications.find(reference).orElseThrow();
        assertThat(c.outcome()).as("AIA would otherwise authorise H100s to Germany").isEqualTo("LICENCE_REQUIRED");
        assertThat(c.findings()).filteredOn(f -> f.code().equals("TRANSSHIPMENT_TIER3")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
                    assertThat(f.message()).startsWith("Transshipment through China")
                            .contains("\"Shenzhen Bonded Logistics Co.\"");
                    assertThat(f.citation()).contains("Supp. No. 3 to 15 CFR part 732").contains("part 758");
                });
        assertThat(c.findings()).extracting(Finding::code).contains("AIA_WITHHELD").doesNotContain("TIER1_AIA");
        assertThat(c.findings()).noneSatisfy(f -> assertThat(f.message().toLowerCase(Locale.ROOT))
                .contains("authorised"));
        assertThat(c.otherParties()).extracting(CaseDetails.OtherParty::sentence).containsExactly(
                "Intermediate consignee 1 (freight forwarder): Rotterdam Forwarding BV, Netherlands (NL)",
                "Intermediate consignee 2 (distributor): Shenzhen Bonded Logistics Co., China (CN)");
    }

    @Test
    void aListedIntermediateConsigneeOrPurchaserIsAHitThatNamesIt() {
        ApplicationDraft draft = Drafts.h100s("AE");
        draft.setPurchaser(new PartyDraft("Gulf Procurement LLC", "AE", null));
        draft.setIntermediateConsignees(List.of(new PartyDraft("Huawei Technologies", "AE", null)));
        String reference = cases.filed("exporter1", draft);

        CaseDetails c = applications.find(reference).orElseThrow();
        assertThat(c.outcome()).isEqualTo("LICENCE_REQUIRED");
        assertThat(c.findings()).filteredOn(f -> f.code().equals("RESTRICTED_PARTY_MATCH")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Transshipment through \"Huawei Technologies\" "
                        + "(an intermediate consignee in United Arab Emirates)").contains("Entity List"));
        assertThat(c.otherParties()).extracting(CaseDetails.OtherParty::label)
                .containsExactly("Purchaser", "Intermediate consignee 1");

        ApplicationDraft listedBuyer = Drafts.h100s("AE");
        listedBuyer.setPurchaser(new PartyDraft("Inspur Group", "AE", null));
        assertThat(applications.preview(listedBuyer).findings()).filteredOn(f -> f.code()
                .equals("RESTRICTED_PARTY_MATCH")).singleElement().extracting(Finding::message).asString()
                .startsWith("The purchaser \"Inspur Group\" matches");
    }

    @Test
    void aDraftKeepsItsPartiesInOrder() {
        ApplicationDraft draft = Drafts.h100s("AE");
        draft.setPurchaser(new PartyDraft("Gulf Procurement LLC", "AE", null));
        draft.setIntermediateConsignees(List.of(new PartyDraft("Lion City Forwarders", "SG", "freight forwarder"),
                new PartyDraft("Jebel Ali Distribution", "AE", null)));
        String reference = applications.saveDraft(null, draft);

        ApplicationDraft loaded = applications.loadDraft(reference);
        assertThat(loaded.getPurchaser()).isEqualTo(new PartyDraft("Gulf Procurement LLC", "AE", null));
        assertThat(loaded.getIntermediateConsignees()).containsExactly(
                new PartyDraft("Lion City Forwarders", "SG", "freight forwarder"),
                new PartyDraft("Jebel Ali Distribution", "AE", null));
    }

    @Test
    void badPartiesAreRefusedFieldByFieldAndNothingIsSaved() {
        ApplicationDraft draft = Drafts.h100s("AE");
        draft.setPurchaser(new PartyDraft("Gulf\u202EProcurement", "ZZ", null));
        draft.setIntermediateConsignees(List.of(new PartyDraft("Lion City Forwarders", "SG", null),
                new PartyDraft("Nowhere Freight", "XX", null), new PartyDraft(null, "china", null)));
        assertThatThrownBy(() -> applications.file(draft)).isInstanceOfSatisfying(InvalidApplicationException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("purchaser.name", "purchaser.country",
                        "intermediateConsignees[1].country", "intermediateConsignees[2].name",
                        "intermediateConsignees[2].country").doesNotContainKey("intermediateConsignees[0].country"));

        ApplicationDraft tooMany = Drafts.h100s("AE");
        tooMany.setIntermediateConsignees(java.util.Collections.nCopies(6, new PartyDraft("Hop", "SG", null)));
        assertThatThrownBy(() -> applications.file(tooMany)).isInstanceOfSatisfying(InvalidApplicationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("intermediateConsignees",
                        "Name at most 5 intermediate consignees"));
    }

    @Test
    void startingFromAnEarlierApplicationCopiesPartiesAndItemsButNotDocumentsDeclarationOrScreening() {
        ApplicationDraft draft = Drafts.h100s("AE");
        draft.setShipmentDate(java.time.LocalDate.of(2026, 6, 1));
        draft.setPurchaser(new PartyDraft("Gulf Procurement LLC", "AE", null));
        draft.setIntermediateConsignees(List.of(new PartyDraft("Kowloon Freight Ltd", "HK", "freight forwarder")));
        String earlier = cases.filed("exporter1", draft, List.of(new com.tierline.document.service.DocumentUpload(
                "contract.pdf", "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII))));

        String started = applications.startFrom(earlier);

        CaseDetails copy = applications.find(started).orElseThrow();
        assertThat(started).isNotEqualTo(earlier);
        assertThat(copy.status()).isEqualTo(com.tierline.application.domain.ApplicationStatus.DRAFT);
        assertThat(copy.outcome()).as("screened afresh, not carried over").isNull();
        assertThat(copy.findings()).isEmpty();
        assertThat(documents.forCase(started)).isEmpty();
        assertThat(documents.forCase(earlier)).hasSize(1);
        ApplicationDraft loaded = applications.loadDraft(started);
        assertThat(loaded.isDeclarationAccepted()).isFalse();
        assertThat(loaded.getShipmentDate()).isNull();
        assertThat(loaded.getConsigneeName()).isEqualTo("Gulf Data Centres LLC");
        assertThat(loaded.getPurchaser()).isEqualTo(new PartyDraft("Gulf Procurement LLC", "AE", null));
        assertThat(loaded.getIntermediateConsignees()).containsExactly(
                new PartyDraft("Kowloon Freight Ltd", "HK", "freight forwarder"));
        assertThat(loaded.getItems()).isEqualTo(applications.loadDraft(earlier).getItems());
        assertThat(applications.preview(loaded).findings()).extracting(Finding::code).contains("TRANSSHIPMENT_TIER3");

        SignIn.as(users, "exporter3"); // another organisation
        assertThatThrownBy(() -> applications.startFrom(earlier))
                .isInstanceOf(com.tierline.application.service.CaseNotFoundException.class);
    }
}
