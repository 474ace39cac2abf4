package com.tierline.letters.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fonts every Tierline PDF embeds (Identity-H, subset to the glyphs used), so that a party named in any script
 * prints as filed: DejaVu from the jar for Latin, Greek, Cyrillic, Arabic and Hebrew, and a CJK font from the machine
 * (Debian's fonts-noto-cjk) for Chinese, Japanese and Korean. Each character is drawn in the first font that has it;
 * one that none has is printed as a visible placeholder instead of vanishing.
 */
@Component
public final class PdfFonts {

    /** Noto Sans CJK TC, member 3 of the collection Debian's fonts-noto-cjk installs. */
    public static final String DEBIAN_CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,3";

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);
    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

    /** The faces a PDF uses: running text, headings, and fixed width for hashes and keys. */
    enum Face {
        // Condensed, because its widths are near Helvetica's, which the letters were laid out in.
        SANS("DejaVuSansCondensed.ttf"), SANS_BOLD("DejaVuSansCondensed-Bold.ttf"), MONO("DejaVuSansMono.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    /** Every font created, by name, for the whole JVM: see {@link #shipped}. */
    private static final Map<String, BaseFont> LOADED = new HashMap<>();

    private final List<BaseFont> faces = new ArrayList<>();
    private final BaseFont cjk;

    public PdfFonts(@Value("${tierline.pdf.cjk-font:" + DEBIAN_CJK_FONT + "}") String cjkFont) {
        this.cjk = machineFont(cjkFont);
        for (Face face : Face.values()) {
            faces.add(shipped(face.file));
        }
    }

    /** Whether Chinese, Japanese and Korean print, or only as placeholders because the CJK font is missing. */
    public boolean printsCjk() {
        return cjk != null;
    }

    /**
     * {@code text} as runs of chunks, each in the first font of {@code face}'s list that draws its characters. A
     * character no font draws becomes "[U+XXXX]", its code point, and is added to {@code missing} for the log.
     * Arabic and Hebrew stretches are runs of their own, in the visual order the Unicode bidi algorithm gives a
     * left-to-right line, which OpenPDF's layout processor then shapes and draws right to left.
     */
    Phrase phrase(String text, Face face, float size, Set<Integer> missing) {
        List<Font> fonts = fonts(face, size);
        Phrase phrase = new Phrase("", fonts.get(0));
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            add(phrase, text, fonts, false, missing);
            return phrase;
        }
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] runs = new Integer[count];
        for (int r = 0; r < count; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            runs[r] = r;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        for (int r : runs) {
            add(phrase, text.substring(bidi.getRunStart(r), bidi.getRunLimit(r)), fonts, levels[r] % 2 == 1, missing);
        }
        return phrase;
    }

    private static void add(Phrase phrase, String text, List<Font> fonts, boolean rightToLeft, Set<Integer> missing) {
        StringBuilder run = new StringBuilder();
        Font runFont = fonts.get(0);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Font font = Character.isWhitespace(c) || Character.isISOControl(c) ? runFont : drawing(c, fonts);
            if (font == null) {
                flush(phrase, run, runFont, rightToLeft);
                phrase.add(new Chunk(String.format("[U+%04X]", c), fonts.get(0)));
                missing.add(c);
                continue;
            }
            if (font != runFont) {
                flush(phrase, run, runFont, rightToLeft);
                runFont = font;
            }
            run.appendCodePoint(c);
        }
        flush(phrase, run, runFont, rightToLeft);
    }

    /**
     * Closes {@code document}, which is when the used fonts are subset and written. The fonts are shared by every
     * document and read their font file through one file pointer while writing, so two documents take turns.
     */
    void close(Document document) {
        synchronized (PdfFonts.class) {
            document.close();
        }
    }

    private List<Font> fonts(Face face, float size) {
        List<Font> fonts = new ArrayList<>();
        fonts.add(new Font(faces.get(face.ordinal()), size));
        if (face != Face.SANS) {
            // Sans Mono and Bold lack Arabic and Hebrew; regular Sans has them.
            fonts.add(new Font(faces.get(Face.SANS.ordinal()), size));
        }
        if (cjk != null) {
            fonts.add(new Font(cjk, size));
        }
        return fonts;
    }

    private static Font drawing(int c, List<Font> fonts) {
        for (Font font : fonts) {
            if (font.getBaseFont().charExists(c)) {
                return font;
            }
        }
        return null;
    }

    private static void flush(Phrase phrase, StringBuilder run, Font font, boolean rightToLeft) {
        if (!run.isEmpty()) {
            Chunk chunk = new Chunk(run.toString(), font);
            if (rightToLeft) {
                // A chunk with an attribute is not merged into its left-to-right neighbour, so it is laid out alone.
                chunk.setTextRise(0);
            }
            phrase.add(chunk);
            run.setLength(0);
        }
    }

    /**
     * Java's text layout shapes Arabic (joined letter forms) and lays out each run in its direction. OpenPDF's switch
     * for it (LayoutProcessor) is JVM-wide and loads a Java font beside every TrueType font created while it is on,
     * so the fonts are kept JVM-wide too, once per name. With it, every drawn run carries its text as /ActualText,
     * so the text a reader copies or searches is the text as filed, not the shaped glyphs.
     */
    private static synchronized BaseFont shipped(String file) {
        String name = DEJAVU + file;
        BaseFont loaded = LOADED.get(name);
        if (loaded != null) {
            return loaded;
        }
        if (!LayoutProcessor.isEnabled()) {
            // -1: each run's direction from the bidi algorithm.
            LayoutProcessor.enable(-1);
            LayoutProcessor.setWriteActualText();
        }
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath (jasperreports-fonts)");
            }
            // Named by its resource path, from which the layout processor loads the same font for Java.
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
            LOADED.put(name, font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be read", e);
        }
    }

    /**
     * The CJK font is drawn glyph by glyph, not through the layout processor, which cannot load a member of a font
     * collection; so it is created while the processor is off (first, at startup), and the shipped fonts that a
     * later switch-off forgot are loaded into it again.
     */
    private static synchronized BaseFont unshaped(String name) throws IOException {
        BaseFont loaded = LOADED.get(name);
        if (loaded != null) {
            return loaded;
        }
        boolean shaping = LayoutProcessor.isEnabled();
        if (shaping) {
            LayoutProcessor.disable();
        }
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
            LOADED.put(name, font);
            return font;
        } finally {
            if (shaping) {
                LayoutProcessor.enable(-1);
                LayoutProcessor.setWriteActualText();
                LOADED.forEach((shippedName, font) -> {
                    if (shippedName.startsWith(DEJAVU)) {
                        LayoutProcessor.loadFont(font, shippedName);
                    }
                });
            }
        }
    }

    /** The CJK font, or none with one warning that says what to install: letters still print everything else. */
    private static BaseFont machineFont(String name) {
        String file = name.replaceFirst(",\\d+$", "");
        if (!Files.isReadable(Path.of(file))) {
            log.warn("No CJK font at {} (tierline.pdf.cjk-font): Chinese, Japanese and Korean text in letters and "
                    + "dossiers will print as [U+XXXX] placeholders. Install Debian's fonts-noto-cjk "
                    + "(apt-get install fonts-noto-cjk) or point tierline.pdf.cjk-font at a CJK font.", file);
            return null;
        }
        try {
            return unshaped(name);
        } catch (IOException | RuntimeException e) {
            log.warn("The CJK font {} (tierline.pdf.cjk-font) could not be loaded: {}. Chinese, Japanese and Korean "
                    + "text in letters and dossiers will print as [U+XXXX] placeholders; install Debian's "
                    + "fonts-noto-cjk.", name, e.getMessage());
            return null;
        }
    }
}
