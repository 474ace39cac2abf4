package com.tierline.letters.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.letters.service.DossierFacts.ChainCheck;
import com.tierline.letters.service.DossierFacts.Decided;
import com.tierline.letters.service.DossierFacts.FiledDocument;
import com.tierline.letters.service.DossierFacts.HistoryLine;
import com.tierline.letters.service.DossierFacts.NamedParty;
import com.tierline.letters.service.DossierFacts.Parties;
import com.tierline.letters.service.DossierFacts.Question;
import com.tierline.letters.service.DossierFacts.Standing;
import com.tierline.letters.service.DossierFacts.TimelineLine;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.Outcome;
import com.tierline.screening.domain.SecurityAttestation;
import com.tierline.screening.domain.Severity;
import com.tierline.support.PdfText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the auditor's dossier states, from the facts alone: every section, in words, with its figures grouped. */
class DossierRendererTest {

    private static final Instant FILED = Instant.parse("2026-11-30T08:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-12-01T09:30:00Z");

    private final DossierRenderer renderer = new DossierRenderer(EveryScript.FONTS);

    @Test
    void aDecidedCaseReadsSectionBySectionInWords() {
        String dossier = PdfText.of(renderer.render(facts(Set.of(SecurityAttestation.PHYSICAL_SECURITY,
                SecurityAttestation.CYBERSECURITY), new ChainCheck(true, null, 1234),
                new Standing("Approved", new Decided(Verdict.APPROVED, "reviewer1", DECIDED, "End user verified.",
                        new Licence("TLL-2026-000007", LocalDate.of(2027, 6, 1))), false))));

        assertThat(dossier).contains("Tierline case dossier TL-2026-000042")
                .contains("Exported 2026-12-02 10:00:00 UTC by auditor1")
                .contains("Audit chain at export: intact (1,234 events verified)")
                .contains("Exporter: Northwind Semiconductors (filed by exporter1)")
                .contains("Destination: Saudi Arabia (SA)")
                .contains("Consignee: Gulf Data Centres LLC, Saudi Arabia (SA), headquarters United Arab Emirates (AE)")
                .contains("End user: National Weather Modelling Centre, Saudi Arabia (SA)")
                .contains("Purchaser: Desert Compute Holdings, Saudi Arabia (SA)")
                .contains("attestations: Cybersecurity at the level of FedRAMP High, Physical security of the data "
                        + "centre")
                .containsSubsequence("Unit value (USD)", "NVIDIA H100 SXM5 80GB [H100]", "15,832", "19.45", "2,500",
                        "25,000")
                .contains("2026-11-30 08:00:00 UTC under rule set 2025.1: Licence required, Tier 2, 39,580,000 TPP")
                .contains("Warning: Tier 2 destinations need a licence above the low-volume limit. (15 CFR 740.27)")
                .contains("Approved by reviewer1 on 2026-12-01 09:30:00 UTC. Reason: End user verified. Licence "
                        + "TLL-2026-000007, valid until 1 June 2027.")
                .contains("Question 2026-11-30 09:00:00 UTC by reviewer1: Who operates the data centre? (unanswered)")
                .contains("1. 2026-12-01 09:30:00 UTC by reviewer1: Approved: End user verified. (its letter is kept "
                        + "as issued)")
                .contains("contract.pdf (Contract, 12.5 KB, exporter1, 2026-11-30 08:00:00 UTC)")
                .contains("SHA-256 9f86d081884c7d65")
                .containsSubsequence("When", "Seq.", "Who", "What", "Took", "Filed the application",
                        "Pre-screen (automatic step)", "4 min 10 s", "Review (waiting for a person)", "open")
                .contains("Signed checkpoint (sequence, hash, signed at, key id, signature): 7|abc")
                .doesNotContain("CYBERSECURITY").doesNotContain("PHYSICAL_SECURITY").doesNotContain("LICENCE_REQUIRED")
                .doesNotContain("WARNING").doesNotContain("2027-06-01");
    }

    @Test
    void noAttestationsReadsNoneAndABrokenChainNamesItsFirstBrokenEvent() {
        String dossier = PdfText.of(renderer.render(facts(Set.of(), new ChainCheck(false, 17L, 1),
                new Standing("Under review", null, true))));

        assertThat(dossier).contains("attestations: none").doesNotContain("[]")
                .contains("Audit chain at export: broken at event 17 (1 event verified)")
                .contains("No decision stands now; status Under review.");
        assertThat(PdfText.of(renderer.render(facts(Set.of(), new ChainCheck(true, null, 2),
                new Standing("Under review", null, false))))).contains("No decision yet; status Under review.");
    }

    @Test
    void partiesNamedInAnyScriptPrintAsFiledInEmbeddedSubsetFonts() {
        Parties parties = new Parties(EveryScript.POLISH, "exporter1", "TW",
                new Party(EveryScript.CHINESE, "TW"), "TW", new Party(EveryScript.ARABIC, "SA"),
                new Party(EveryScript.RUSSIAN, "KZ"),
                List.of(new NamedParty("Purchaser", new Party(EveryScript.GREEK, "GR")),
                        new NamedParty("Freight forwarder", new Party(EveryScript.HEBREW, "IL"))),
                "Training weather models.", "新竹資料中心", Set.of());

        byte[] pdf = renderer.render(facts(parties, new ChainCheck(true, null, 2),
                new Standing("Under review", null, false)));

        assertThat(PdfText.of(pdf)).contains("Exporter: " + EveryScript.POLISH + " (filed by exporter1)")
                .contains("Consignee: " + EveryScript.CHINESE)
                .contains("Ultimate end user: " + EveryScript.RUSSIAN + ", Kazakhstan (KZ)")
                .contains("Purchaser: " + EveryScript.GREEK + ", Greece (GR)")
                .contains("Data centre: 新竹資料中心")
                .doesNotContain("[U+");
        EveryScript.printsRightToLeftAsFiled(pdf, EveryScript.ARABIC);
        EveryScript.printsRightToLeftAsFiled(pdf, EveryScript.HEBREW);
        EveryScript.embedsSubsetUnicodeFonts(pdf);
        assertThat(PdfText.fonts(pdf)).extracting(font -> font.name().substring(7)).contains("DejaVuSansMono");
    }

    private static DossierFacts facts(Set<SecurityAttestation> attestations, ChainCheck chain, Standing standing) {
        return facts(new Parties("Northwind Semiconductors", "exporter1", "SA",
                new Party("Gulf Data Centres LLC", "Saudi Arabia (SA)"), "AE",
                new Party("National Weather Modelling Centre", "SA"), null,
                List.of(new NamedParty("Purchaser", new Party("Desert Compute Holdings", "SA"))),
                "Training weather models.", "Riyadh One", attestations), chain, standing);
    }

    private static DossierFacts facts(Parties parties, ChainCheck chain, Standing standing) {
        ScreeningFacts screened = new ScreeningFacts(FILED, "2025.1", Outcome.LICENCE_REQUIRED, 2,
                new BigDecimal("39580000"), new BigDecimal("2500"), List.of(new Finding("TIER2_CAP",
                        Severity.WARNING, "Tier 2 destinations need a licence above the low-volume limit.",
                        "15 CFR 740.27")));
        return new DossierFacts("TL-2026-000042", Instant.parse("2026-12-02T10:00:00Z"), "auditor1", chain, parties,
                List.of(new ItemLine("NVIDIA H100 SXM5 80GB", "H100", new BigDecimal("15832"),
                        new BigDecimal("19.45"), 2500, new BigDecimal("25000"))),
                List.of(screened), standing, null,
                List.of(new Question(FILED.plusSeconds(3600), "reviewer1", "Who operates the data centre?", null,
                        null, null)),
                List.of(new HistoryLine(1, DECIDED, "reviewer1", "Approved: End user verified.", true)),
                List.of(new FiledDocument("contract.pdf", "Contract", 12_800, "exporter1", FILED,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                List.of(new TimelineLine(FILED, 3L, "exporter1", "Filed the application", null, false),
                        new TimelineLine(FILED, null, "process", "Pre-screen (automatic step)",
                                Duration.ofSeconds(250), false),
                        new TimelineLine(FILED, null, "process", "Review (waiting for a person)", null, true)),
                List.of("Signed checkpoint (sequence, hash, signed at, key id, signature): 7|abc"));
    }
}
