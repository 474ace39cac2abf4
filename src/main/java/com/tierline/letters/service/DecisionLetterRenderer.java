package com.tierline.letters.service;

import static com.tierline.letters.service.PdfLook.number;

import com.tierline.letters.service.PdfLook.Style;
import com.tierline.screening.domain.AllocationPosition;
import com.tierline.screening.domain.Finding;
import com.tierline.shared.Formats;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** Draws the letter that tells the exporter what was decided, why, and what follows from it (licence or appeal). */
@Service
public class DecisionLetterRenderer {

    private final PdfFonts fonts;

    public DecisionLetterRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(LetterFacts f) {
        return PdfLook.pdf(fonts, "Decision on application " + f.reference(), pdf -> body(pdf, f));
    }

    private static void body(PdfLook pdf, LetterFacts f) {
        pdf.line("Date of decision: " + PdfLook.date(f.decidedAt()));
        pdf.spaced("To: " + f.addressee(), Style.BODY);
        pdf.line("Destination: " + Formats.country(f.destination(), Locale.ENGLISH));
        pdf.line("Consignee: " + f.consignee().words());
        pdf.line("End user: " + f.endUser().words());
        pdf.add(pdf.items(f.items(), false));

        pdf.spaced(f.verdict().sentence(), Style.TITLE);
        pdf.line("Reason: " + f.reason());
        if (f.verdict() == Verdict.APPROVED && f.licence() != null) {
            pdf.line("Licence number " + f.licence().number() + ", valid until "
                    + PdfLook.date(f.licence().validUntil()) + " (15 CFR 750.7).");
        }
        if (f.verdict() == Verdict.DENIED) {
            pdf.line("You may appeal this decision within "
                    + Formats.count(f.appealWindowDays(), "day", "days", Locale.ENGLISH) + " of this notice "
                    + "(15 CFR part 756). The appeal is heard by a senior officer who took no part in this decision.");
        }

        ScreeningFacts s = f.preScreen();
        pdf.spaced("Pre-screen under rule set " + s.ruleSetVersion() + ": "
                + (s.outcome() == null ? "not screened" : s.outcome().label())
                + (s.tier() == null ? "" : ", Tier " + s.tier()) + ", " + number(s.totalTpp()) + " TPP in total"
                + (s.h100Equivalents() == null ? "" : " (" + number(s.h100Equivalents()) + " H100-equivalents)")
                + ".", Style.BODY);
        for (Finding finding : s.findings()) {
            pdf.line("- " + finding.message() + " (" + finding.citation() + ")");
        }
        if (f.allocationAfter() != null) {
            AllocationPosition a = f.allocationAfter();
            pdf.line("Country allocation of " + Formats.country(f.destination(), Locale.ENGLISH)
                    + " after this decision: " + number(a.allocated()) + " TPP allocated, " + number(a.consumed())
                    + " TPP approved, " + number(a.reserved()) + " TPP reserved by open cases, "
                    + number(a.remaining()) + " TPP left.");
        }
    }
}
