package com.tierline.support;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a PDF says, page after page, with runs of white space as one space, as a reader would scan it. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** How many pages the PDF has. */
    public static int pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /**
     * The text as a right-to-left reader scans the drawn glyphs: the page read backwards, and Arabic's shaped letter
     * forms (initial, medial, final) back to their letters. An Arabic name drawn as it should be reads as filed.
     */
    public static String readRightToLeft(byte[] pdf) {
        return Normalizer.normalize(new StringBuilder(of(pdf)).reverse(), Normalizer.Form.NFKC);
    }

    /**
     * The /ActualText of every marked-content span on every page, in order: the text a viewer copies and searches
     * for glyphs drawn shaped or reordered.
     */
    public static List<String> actualTexts(byte[] pdf) {
        List<String> texts = new ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(page)));
                List<PdfObject> operation = new ArrayList<>();
                while (!parser.parse(operation).isEmpty()) {
                    if ("BDC".equals(operation.get(operation.size() - 1).toString())
                            && operation.get(1) instanceof PdfDictionary properties
                            && properties.get(PdfName.ACTUALTEXT) instanceof PdfString text) {
                        texts.add(text.toUnicodeString());
                    }
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** A font a PDF's pages use, as its font dictionary describes it. */
    public record PdfFont(String name, String encoding, boolean embedded) {
    }

    /** The fonts of every page's resources, each once. */
    public static Set<PdfFont> fonts(byte[] pdf) {
        Set<PdfFont> fonts = new LinkedHashSet<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary pageFonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
                if (pageFonts == null) {
                    continue;
                }
                for (PdfName key : pageFonts.getKeys()) {
                    fonts.add(font(pageFonts.getAsDict(key)));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** A composite (Type0) font keeps its descriptor, and so its embedded file, in its descendant font. */
    private static PdfFont font(PdfDictionary font) {
        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
        PdfDictionary described = descendants == null ? font : descendants.getAsDict(0);
        PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
        boolean embedded = descriptor != null && (descriptor.contains(PdfName.FONTFILE)
                || descriptor.contains(PdfName.FONTFILE2) || descriptor.contains(PdfName.FONTFILE3));
        PdfName encoding = font.getAsName(PdfName.ENCODING);
        return new PdfFont(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString()),
                encoding == null ? "" : PdfName.decodeName(encoding.toString()), embedded);
    }
}
