package com.tierline.letters.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.tierline.support.PdfText;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A character no font can draw, or a missing CJK font, shows and is logged: nothing vanishes from a record. */
@ExtendWith(OutputCaptureExtension.class)
class PdfFontsTest {

    /** Tamil letter ta: in neither DejaVu nor Noto Sans CJK. */
    private static final String NO_GLYPH = "\u0BA4";

    @Test
    void aCharacterNoFontDrawsPrintsAsItsCodePointAndIsLogged(CapturedOutput output) {
        String text = PdfText.of(PdfLook.pdf(EveryScript.FONTS, "Decision on application TL-2026-000044",
                pdf -> pdf.line("End user: " + NO_GLYPH + " Ltd")));

        assertThat(text).contains("End user: [U+0BA4] Ltd");
        assertThat(output).contains("Decision on application TL-2026-000044: no embedded font draws "
                + "U+0BA4 (TAMIL LETTER TA)");
    }

    @Test
    void withoutTheCjkFontStartupWarnsOnceWithThePackageAndChineseStillShowsAsCodePoints(CapturedOutput output) {
        PdfFonts fonts = new PdfFonts("/nowhere/NotoSansCJK-Regular.ttc,3");

        assertThat(fonts.printsCjk()).isFalse();
        assertThat(output).containsOnlyOnce("No CJK font at /nowhere/NotoSansCJK-Regular.ttc")
                .contains("Install Debian's fonts-noto-cjk");
        String text = PdfText.of(PdfLook.pdf(fonts, "Decision on application TL-2026-000045",
                pdf -> pdf.line("To: 緯創 Łódź")));
        assertThat(text).contains("To: [U+7DEF][U+5275] Łódź");
    }

    @Test
    void textOfOneScriptGoesToOneFontAndMixedTextIsSplitWhereTheScriptChanges() {
        List<String> runs = EveryScript.FONTS.phrase("Łódź 緯創 Δ", PdfFonts.Face.SANS, 9.5f, new TreeSet<>())
                .stream().map(Chunk.class::cast).map(chunk -> chunk.getContent() + "|" + chunk.getFont().getBaseFont()
                        .getPostscriptFontName()).toList();

        assertThat(runs).containsExactly("Łódź |DejaVuSansCondensed", "緯創 |NotoSansCJKtc-Regular", "Δ|DejaVuSansCondensed");
    }
}
