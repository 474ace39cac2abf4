package com.tierline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which characters names and free text may hold, and what a person is told about the others. */
class PlainTextTest {

    @Test
    void controlAndDirectionOverrideCharactersAreRefusedEverywhere() {
        for (String bad : new String[] {"\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f", "\u202A",
                "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\ud800"}) {
            assertThat(PlainText.problem("Gulf" + bad + "Data", false)).as("U+%04X in a name", (int) bad.charAt(0))
                    .isPresent();
            assertThat(PlainText.problem("Gulf" + bad + "Data", true)).as("U+%04X in free text", (int) bad.charAt(0))
                    .isPresent();
        }
    }

    @Test
    void lineBreaksAndTabsAreFreeTextOnly() {
        for (String whitespace : new String[] {"\n", "\r", "\t", "\u2028", "\u2029"}) {
            assertThat(PlainText.problem("a" + whitespace + "b", false)).isPresent();
            assertThat(PlainText.problem("a" + whitespace + "b", true)).isEmpty();
        }
    }

    @Test
    void scriptsEmojiAndDirectionMarksAreKept() {
        assertThat(PlainText.problem("Zeichen äöü – 中文 – 🚀 – \u0634\u0631\u0643\u0629 \u200F ABC \u200E\u061C",
                false)).isEmpty();
        assertThat(PlainText.problem(null, false)).isEmpty();
    }

    @Test
    void theMessageNamesTheCharacterInWords() {
        assertThat(PlainText.problem("invoice\u202Efdp.exe", false)).hasValue("Remove the invisible text-direction "
                + "character (U+202E, right-to-left override): it can make the text display differently from what "
                + "it says.");
        assertThat(PlainText.problem("a\u0000b", true)).hasValue("Remove the invisible control character "
                + "(U+0000, null).");
    }
}
