package com.tierline.application;

import com.tierline.review.service.DenialReason;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.tierline.application.service.DecisionLetters;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.support.Drafts;
import com.tierline.support.PdfText;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

@TierlineIT
class DecisionLettersIT {

    @Autowired ApplicationContext context;
    @Autowired ReviewService review;
    @Autowired DecisionLetters letters;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void approvalAndDenialLettersCarryTheDecisionAndOnlyPermittedReadersGetThem() throws Exception {
        String approved = decided("AE", true);
        String denied = decided("CN", false);

        SignIn.as(users, "exporter2");
        String approval = text(letters.letter(approved).orElseThrow());
        assertThat(approval).contains(approved).contains("The application is approved.")
                .contains("Licence number TLL-").contains("End user verified for the letter test.");
        String denial = text(letters.letter(denied).orElseThrow());
        assertThat(denial).contains("The application is denied.").contains("within 45 days")
                .contains("15 CFR part 756");
        // Words and grouped figures, not the codes and raw numbers of the record.
        assertThat(approval).contains("Destination: United Arab Emirates (AE)").contains(" 2,000 ")
                .contains(": Licence required, Tier 2").contains("(2,000 H100")
                .doesNotContain("LICENCE_REQUIRED").doesNotContain(" 2000 ").doesNotContainPattern("valid until \\d{4}-");
        assertThat(denial).contains("Destination: China (CN)").doesNotContain("PRESUMPTION_OF_DENIAL");

        SignIn.as(users, "exporter3");
        assertThat(letters.letter(approved)).as("another organisation gets nothing").isEmpty();
    }

    @Test
    void aLetterPrintsThePartiesAsFiledInTheirScripts() {
        String reference = Cases.in(context).filed("exporter1", Drafts.h100sNamedInOtherScripts("AE"));
        SignIn.as(users, "reviewer1");
        review.claim(reference);
        review.approve(reference, "Проверено: " + Drafts.END_USE_IN_OTHER_SCRIPTS);

        SignIn.as(users, "exporter1");
        byte[] letter = letters.letter(reference).orElseThrow();
        assertThat(PdfText.of(letter)).contains("Consignee: " + Drafts.CHINESE_NAME)
                .contains("Reason: Проверено: " + Drafts.END_USE_IN_OTHER_SCRIPTS).doesNotContain("[U+");
        assertThat(PdfText.readRightToLeft(letter)).contains(Drafts.ARABIC_NAME);
        assertThat(PdfText.actualTexts(letter)).contains(Drafts.ARABIC_NAME);
    }

    private String decided(String destination, boolean approve) {
        String reference = Cases.in(context).filed("exporter1", destination);
        assertThat(letters.letter(reference)).as("no letter before a decision").isEmpty();
        SignIn.as(users, "reviewer1");
        review.claim(reference);
        if (approve) {
            review.approve(reference, "End user verified for the letter test.");
        } else {
            review.deny(reference, DenialReason.OTHER, "Presumption of denial stands for the letter test.");
        }
        return reference;
    }

    /** The letter's text with runs of white space as one space, as a reader would scan it. */
    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString().replaceAll("\\s+", " ");
    }
}
