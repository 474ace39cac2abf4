package com.tierline.letters.service;

import static com.tierline.letters.service.PdfLook.line;
import static com.tierline.letters.service.PdfLook.number;

import com.lowagie.text.Document;
import com.tierline.screening.domain.AllocationPosition;
import com.tierline.screening.domain.Finding;
import com.tierline.shared.Formats;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** Draws the letter that tells the exporter what was decided, why, and what follows from it (licence or appeal). */
@Service
public class DecisionLetterRenderer {

    public byte[] render(LetterFacts f) {
        return PdfLook.pdf("Decision on application " + f.reference(), document -> body(document, f));
    }

    private static void body(Document document, LetterFacts f) {
        document.add(line("Date of decision: " + PdfLook.date(f.decidedAt())));
        document.add(PdfLook.spaced("To: " + f.addressee(), PdfLook.BODY));
        document.add(line("Destination: " + Formats.country(f.destination(), Locale.ENGLISH)));
        document.add(line("Consignee: " + f.consignee().words()));
        document.add(line("End user: " + f.endUser().words()));
        document.add(PdfLook.items(f.items(), false));

        document.add(PdfLook.spaced(f.verdict().sentence(), PdfLook.TITLE));
        document.add(line("Reason: " + f.reason()));
        if (f.verdict() == Verdict.APPROVED && f.licence() != null) {
            document.add(line("Licence number " + f.licence().number() + ", valid until "
                    + PdfLook.date(f.licence().validUntil()) + " (15 CFR 750.7)."));
        }
        if (f.verdict() == Verdict.DENIED) {
            document.add(line("You may appeal this decision within "
                    + Formats.count(f.appealWindowDays(), "day", "days", Locale.ENGLISH) + " of this notice "
                    + "(15 CFR part 756). The appeal is heard by a senior officer who took no part in this decision."));
        }

        ScreeningFacts s = f.preScreen();
        document.add(PdfLook.spaced("Pre-screen under rule set " + s.ruleSetVersion() + ": "
                + (s.outcome() == null ? "not screened" : s.outcome().label())
                + (s.tier() == null ? "" : ", Tier " + s.tier()) + ", " + number(s.totalTpp()) + " TPP in total"
                + (s.h100Equivalents() == null ? "" : " (" + number(s.h100Equivalents()) + " H100-equivalents)")
                + ".", PdfLook.BODY));
        for (Finding finding : s.findings()) {
            document.add(line("- " + finding.message() + " (" + finding.citation() + ")"));
        }
        if (f.allocationAfter() != null) {
            AllocationPosition a = f.allocationAfter();
            document.add(line("Country allocation of " + Formats.country(f.destination(), Locale.ENGLISH)
                    + " after this decision: " + number(a.allocated()) + " TPP allocated, " + number(a.consumed())
                    + " TPP approved, " + number(a.reserved()) + " TPP reserved by open cases, "
                    + number(a.remaining()) + " TPP left."));
        }
    }
}
