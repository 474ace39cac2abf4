package com.tierline.letters.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private final List<BaseFont> faces = new ArrayList<>();
    private final BaseFont cjk;

    public PdfFonts(@Value("${tierline.pdf.cjk-font:" + DEBIAN_CJK_FONT + "}") String cjkFont) {
        for (Face face : Face.values()) {
            faces.add(shipped(face.file));
        }
        this.cjk = machineFont(cjkFont);
    }

    /** Whether Chinese, Japanese and Korean print, or only as placeholders because the CJK font is missing. */
    public boolean printsCjk() {
        return cjk != null;
    }

    /**
     * {@code text} as runs of chunks, each in the first font of {@code face}'s list that draws its characters. A
     * character no font draws becomes "[U+XXXX]", its code point, and is added to {@code missing} for the log.
     */
    Phrase phrase(String text, Face face, float size, Set<Integer> missing) {
        List<Font> fonts = fonts(face, size);
        Phrase phrase = new Phrase("", fonts.get(0));
        StringBuilder run = new StringBuilder();
        Font runFont = fonts.get(0);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Font font = Character.isWhitespace(c) || Character.isISOControl(c) ? runFont : drawing(c, fonts);
            if (font == null) {
                flush(phrase, run, runFont);
                phrase.add(new Chunk(String.format("[U+%04X]", c), fonts.get(0)));
                missing.add(c);
                continue;
            }
            if (font != runFont) {
                flush(phrase, run, runFont);
                runFont = font;
            }
            run.appendCodePoint(c);
        }
        flush(phrase, run, runFont);
        return phrase;
    }

    /**
     * Closes {@code document}, which is when the used fonts are subset and written. The fonts are shared by every
     * document and read their font file through one file pointer while writing, so two documents take turns.
     */
    synchronized void close(Document document) {
        document.close();
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

    private static void flush(Phrase phrase, StringBuilder run, Font font) {
        if (!run.isEmpty()) {
            phrase.add(new Chunk(run.toString(), font));
            run.setLength(0);
        }
    }

    private static BaseFont shipped(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(DEJAVU + file)) {
            if (in == null) {
                throw new IllegalStateException(DEJAVU + file + " is missing from the classpath (jasperreports-fonts)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(DEJAVU + file + " could not be read", e);
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
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
        } catch (IOException | RuntimeException e) {
            log.warn("The CJK font {} (tierline.pdf.cjk-font) could not be loaded: {}. Chinese, Japanese and Korean "
                    + "text in letters and dossiers will print as [U+XXXX] placeholders; install Debian's "
                    + "fonts-noto-cjk.", name, e.getMessage());
            return null;
        }
    }
}
