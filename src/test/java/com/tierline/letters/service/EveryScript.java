package com.tierline.letters.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.support.Drafts;
import com.tierline.support.PdfText;
import com.tierline.support.PdfText.PdfFont;
import java.util.Set;

/** Party names in the scripts exporters file them in, and what a PDF that prints them must be made of. */
final class EveryScript {

    /** One set of fonts for all the tests: loading the CJK collection takes a moment. */
    static final PdfFonts FONTS = new PdfFonts(PdfFonts.DEBIAN_CJK_FONT);

    static final String CHINESE = Drafts.CHINESE_NAME;
    static final String RUSSIAN = "Научно-исследовательский вычислительный центр";
    static final String GREEK = "Εθνικό Κέντρο Υπολογισμών Υψηλών Επιδόσεων";
    static final String ARABIC = Drafts.ARABIC_NAME;
    static final String HEBREW = "מרכז החישוב הלאומי";
    /** Polish letters beyond Latin-1 (ł, ź, ż), which the standard PDF fonts' WinAnsi encoding lacks. */
    static final String POLISH = "Zakład Półprzewodników Łódź sp. z o.o.";

    private EveryScript() {
    }

    /**
     * A right-to-left name is drawn right to left (and Arabic shaped), so it reads as filed from right to left, and
     * its span carries the name as filed as /ActualText, for copying and searching.
     */
    static void printsRightToLeftAsFiled(byte[] pdf, String name) {
        assertThat(PdfText.readRightToLeft(pdf)).contains(name);
        assertThat(PdfText.of(pdf)).doesNotContain(name);
        assertThat(PdfText.actualTexts(pdf)).contains(name);
    }

    /**
     * Every font is embedded as a subset (its name carries a six-letter tag) with Identity-H, so the reader's
     * machine needs none of its own; DejaVu draws the text and Noto Sans CJK TC the Chinese.
     */
    static void embedsSubsetUnicodeFonts(byte[] pdf) {
        Set<PdfFont> fonts = PdfText.fonts(pdf);
        assertThat(fonts).allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name() + " embedded").isTrue();
            assertThat(font.encoding()).as(font.name() + " encoding").isEqualTo("Identity-H");
            assertThat(font.name()).as("a subset").matches("[A-Z]{6}\\+.+");
        });
        assertThat(fonts).extracting(font -> font.name().substring(7))
                .contains("DejaVuSansCondensed", "DejaVuSansCondensed-Bold")
                .anySatisfy(name -> assertThat(name).startsWith("NotoSansCJKtc-Regular"));
    }
}
