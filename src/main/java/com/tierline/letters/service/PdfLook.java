package com.tierline.letters.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.tierline.letters.service.PdfFonts.Face;
import com.tierline.shared.Formats;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The look every Tierline PDF shares, written once: page and fonts, the letterhead, section headings, tables, a
 * footer naming the document and the page on every page, and how figures and dates read in them. One per document,
 * because it notes the characters no embedded font could draw, to log them once the document is done.
 */
final class PdfLook {

    /** The text styles of a PDF: a face of {@link PdfFonts} at a size. */
    enum Style {
        TITLE(Face.SANS_BOLD, 16), HEADING(Face.SANS_BOLD, 11), BODY(Face.SANS, 9.5f),
        /** Hashes, keys and signatures: fixed width, so a reader can compare them character by character. */
        SMALL(Face.MONO, 7), FOOTER(Face.SANS, 7.5f);

        private final Face face;
        private final float size;

        Style(Face face, float size) {
            this.face = face;
            this.size = size;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PdfLook.class);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final PdfFonts fonts;
    private final Document document;
    private final Set<Integer> missing = new TreeSet<>();

    private PdfLook(PdfFonts fonts, Document document) {
        this.fonts = fonts;
        this.document = document;
    }

    /**
     * An A4 document titled {@code title}: letterhead and title, then what {@code body} adds, a footer on each page.
     * A failure to draw is the program's fault, not the reader's, so it is not a checked exception.
     */
    static byte[] pdf(PdfFonts fonts, String title, Consumer<PdfLook> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 56);
        PdfLook look = new PdfLook(fonts, document);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(look.new Footer(title));
            document.addTitle(title);
            document.open();
            look.paragraph("Tierline - export licensing of advanced AI chips", Style.BODY);
            look.paragraph(title, Style.TITLE);
            body.accept(look);
            fonts.close(document);
        } catch (DocumentException e) {
            throw new IllegalStateException(title + " could not be rendered", e);
        }
        if (!look.missing.isEmpty()) {
            log.warn("{}: no embedded font draws {}; printed as [U+XXXX] placeholders", title,
                    look.missing.stream().map(c -> String.format("U+%04X (%s)", c, Character.getName(c)))
                            .collect(Collectors.joining(", ")));
        }
        return out.toByteArray();
    }

    void add(Element element) {
        document.add(element);
    }

    Phrase phrase(String text, Style style) {
        return fonts.phrase(text, style.face, style.size, missing);
    }

    void paragraph(String text, Style style) {
        document.add(new Paragraph(phrase(text, style)));
    }

    void line(String text) {
        paragraph(text, Style.BODY);
    }

    void spaced(String text, Style style) {
        Paragraph p = new Paragraph(phrase(text, style));
        p.setSpacingBefore(10);
        document.add(p);
    }

    void section(String name) {
        spaced(name, Style.HEADING);
    }

    /** A full-width table whose header row repeats on every page it runs over. */
    PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        for (String h : headers) {
            table.addCell(new Paragraph(phrase(h, Style.HEADING)));
        }
        return table;
    }

    void cells(PdfPTable table, String... values) {
        for (String v : values) {
            table.addCell(new Paragraph(phrase(v == null ? "" : v, Style.BODY)));
        }
    }

    /** The items of a case; with their model and unit value where the reader needs them (the dossier). */
    PdfPTable items(List<ItemLine> items, boolean full) {
        PdfPTable table = full
                ? table(new float[] {4, 2, 1.5f, 1.5f, 2}, "Item", "TPP per unit", "Density", "Quantity",
                        "Unit value (USD)")
                : table(new float[] {4, 2, 1.5f, 1.5f}, "Item", "TPP per unit", "Density", "Quantity");
        for (ItemLine i : items) {
            cells(table, i.description() + (full && i.model() != null ? " [" + i.model() + "]" : ""),
                    number(i.tppPerUnit()), number(i.density()), Formats.count(i.quantity(), Locale.ENGLISH));
            if (full) {
                cells(table, number(i.unitValueUsd()));
            }
        }
        return table;
    }

    /** 31,664,000 or 540.42: grouped, at most two decimals, a dash for none. */
    static String number(BigDecimal value) {
        return Formats.number(value, Locale.ENGLISH);
    }

    /** 1 June 2027: a date a letter states, with the month in words. */
    static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    static String date(Instant instant) {
        return LONG_DATE.format(instant.atZone(ZoneOffset.UTC));
    }

    /** To the second and in UTC, for audit records where order and timing matter; empty for none. */
    static String time(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** "Decision on application TL-2026-000001 · page 2" at the foot of every page, should the pages part. */
    private final class Footer extends PdfPageEventHelper {

        private final String title;

        Footer(String title) {
            this.title = title;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    phrase(title + " \u00b7 page " + writer.getPageNumber(), Style.FOOTER),
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
