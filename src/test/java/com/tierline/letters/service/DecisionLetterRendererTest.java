package com.tierline.letters.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.screening.domain.AllocationPosition;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.Outcome;
import com.tierline.screening.domain.Severity;
import com.tierline.support.PdfText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a decision letter states, from the facts alone: words for codes, grouped figures, dates in words. */
class DecisionLetterRendererTest {

    private static final Instant DECIDED = Instant.parse("2026-12-01T09:30:00Z");
    private static final List<ItemLine> H100S = List.of(new ItemLine("NVIDIA H100 SXM5 80GB", "H100",
            new BigDecimal("15832"), null, 2500, new BigDecimal("25000")));
    private static final ScreeningFacts SCREENED = new ScreeningFacts(DECIDED, "2025.1", Outcome.LICENCE_REQUIRED, 2,
            new BigDecimal("39580000"), new BigDecimal("2500.5"), List.of(new Finding("TIER2_CAP", Severity.WARNING,
                    "Tier 2 destinations need a licence above the low-volume limit.", "15 CFR 740.27")));

    private final DecisionLetterRenderer renderer = new DecisionLetterRenderer(EveryScript.FONTS);

    @Test
    void anApprovalStatesTheLicenceItsValidityAndTheSettledAllocationInWords() {
        String letter = PdfText.of(renderer.render(facts(Verdict.APPROVED, new Licence("TLL-2026-000007",
                LocalDate.of(2027, 6, 1)), 45, SCREENED, new AllocationPosition(new BigDecimal("50000000"),
                        new BigDecimal("39580000"), new BigDecimal("1234567.5")))));

        assertThat(letter).contains("Decision on application TL-2026-000042")
                .contains("Date of decision: 1 December 2026")
                .contains("To: Northwind Semiconductors")
                .contains("Destination: Saudi Arabia (SA)")
                .contains("Consignee: Gulf Data Centres LLC, United Arab Emirates (AE)")
                .contains("End user: National Weather Modelling Centre, Saudi Arabia (SA)")
                .containsSubsequence("Item", "TPP per unit", "Density", "Quantity", "NVIDIA H100 SXM5 80GB", "15,832",
                        "—", "2,500")
                .contains("The application is approved.")
                .contains("Reason: End user verified.")
                .contains("Licence number TLL-2026-000007, valid until 1 June 2027 (15 CFR 750.7).")
                .contains("Pre-screen under rule set 2025.1: Licence required, Tier 2, 39,580,000 TPP in total "
                        + "(2,500.5 H100-equivalents).")
                .contains("- Tier 2 destinations need a licence above the low-volume limit. (15 CFR 740.27)")
                .contains("Country allocation of Saudi Arabia (SA) after this decision: 50,000,000 TPP allocated, "
                        + "39,580,000 TPP approved, 1,234,567.5 TPP reserved by open cases, 9,185,432.5 TPP left.")
                .doesNotContain("LICENCE_REQUIRED").doesNotContain("WARNING").doesNotContain("2027-06-01")
                .doesNotContain("2500").doesNotContain("appeal");
    }

    @Test
    void aDenialNamesTheAppealWindowInTheRightNumberAndNoLicence() {
        String letter = PdfText.of(renderer.render(facts(Verdict.DENIED, null, 1, SCREENED, null)));

        assertThat(letter).contains("The application is denied.").contains("Reason: End user verified.")
                .contains("You may appeal this decision within 1 day of this notice (15 CFR part 756).")
                .doesNotContain("1 days").doesNotContain("Licence number").doesNotContain("Country allocation");
        assertThat(PdfText.of(renderer.render(facts(Verdict.DENIED, null, 45, SCREENED, null))))
                .contains("within 45 days of this notice");
    }

    @Test
    void aCaseNeverScreenedSaysSoInsteadOfPrintingAnEmptyTier() {
        ScreeningFacts never = new ScreeningFacts(null, "2025.1", null, null, new BigDecimal("39580000"), null,
                List.of());

        String letter = PdfText.of(renderer.render(facts(Verdict.DENIED, null, 45, never, null)));

        assertThat(letter).contains("Pre-screen under rule set 2025.1: not screened, 39,580,000 TPP in total.")
                .doesNotContain("null");
    }

    @Test
    void everyPageNamesTheLetterItBelongsTo() {
        byte[] pdf = renderer.render(facts(Verdict.DENIED, null, 45, SCREENED, null));

        assertThat(PdfText.of(pdf)).contains("Decision on application TL-2026-000042 · page 1");
        assertThat(PdfText.pages(pdf)).isEqualTo(1);
    }

    @Test
    void partiesNamedInAnyScriptPrintAsFiledInEmbeddedSubsetFonts() {
        byte[] pdf = renderer.render(new LetterFacts("TL-2026-000043", DECIDED, EveryScript.POLISH, "TW",
                new Party(EveryScript.CHINESE, "TW"), new Party(EveryScript.ARABIC, "SA"),
                H100S, Verdict.APPROVED, "Verified with " + EveryScript.RUSSIAN + " and " + EveryScript.GREEK + ".",
                new Licence("TLL-2026-000008", LocalDate.of(2027, 6, 1)), 45, SCREENED, null));

        assertThat(PdfText.of(pdf)).contains("To: " + EveryScript.POLISH)
                .contains("Consignee: " + EveryScript.CHINESE)
                .contains("Reason: Verified with " + EveryScript.RUSSIAN + " and " + EveryScript.GREEK + ".")
                .doesNotContain("[U+");
        EveryScript.printsRightToLeftAsFiled(pdf, EveryScript.ARABIC);
        EveryScript.embedsSubsetUnicodeFonts(pdf);
        // Subset, not whole: DejaVu Sans Condensed alone is 680 KB and the CJK collection 19 MB (the subset of
        // Noto's CFF outlines is about 200 KB even for a few characters, because it keeps the shared subroutines).
        assertThat(pdf.length).isLessThan(300_000);
    }

    private static LetterFacts facts(Verdict verdict, Licence licence, int appealWindowDays, ScreeningFacts screened,
            AllocationPosition after) {
        return new LetterFacts("TL-2026-000042", DECIDED, "Northwind Semiconductors", "SA",
                new Party("Gulf Data Centres LLC", "United Arab Emirates (AE)"),
                new Party("National Weather Modelling Centre", "SA"), H100S, verdict, "End user verified.", licence,
                appealWindowDays, screened, after);
    }
}
