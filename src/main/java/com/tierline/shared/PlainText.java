package com.tierline.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The one check of what people may type into names and free text: no control characters (tab, line feed and
 * carriage return are allowed in multi-line text only), no bidirectional embedding, override or isolate characters,
 * no line or paragraph separators in single-line text, and no broken surrogate pairs. Control characters are refused
 * because PostgreSQL cannot store NUL and terminals obey ESC; direction overrides because they make a name display as
 * something else than it is ("invoice", U+202E, "fdp.exe" reads "invoiceexe.pdf"). The direction marks U+200E, U+200F
 * and U+061C stay allowed: they cannot reorder a run of text, and mixed Arabic or Hebrew and Latin names need them.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Empty when {@code text} may be kept as it is; otherwise a sentence naming the first offending character. */
    public static Optional<String> problem(String text, boolean multiline) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (refused(cp, multiline)) {
                return Optional.of(message(cp, multiline));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** Whether {@code cp} is a character {@link #problem} refuses. */
    public static boolean refused(int cp, boolean multiline) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return !multiline;
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return !multiline;
        }
        return Character.getType(cp) == Character.CONTROL || isDirectionOverride(cp)
                || Character.getType(cp) == Character.SURROGATE;
    }

    /** U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates). */
    public static boolean isDirectionOverride(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static String message(int cp, boolean multiline) {
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        if (Character.getType(cp) == Character.SURROGATE) {
            return "The text contains a broken character (" + code + "); type or paste it again.";
        }
        String name = Character.getName(cp);
        String described = name == null ? code : code + ", " + name.toLowerCase(Locale.ROOT);
        if (isDirectionOverride(cp)) {
            return "Remove the invisible text-direction character (" + described + "): it can make the text display "
                    + "differently from what it says.";
        }
        return "Remove the invisible control character (" + described + ")"
                + (multiline ? "." : ": names and single-line fields take no tabs, line breaks or control "
                        + "characters.");
    }
}
