package com.tierline.letters.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.tierline.shared.Formats;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The look every Tierline PDF shares, written once: page and fonts, the letterhead, section headings, tables, a
 * footer naming the document and the page on every page, and how figures and dates read in them.
 */
final class PdfLook {

    static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9.5f);
    /** Hashes, keys and signatures: fixed width, so a reader can compare them character by character. */
    static final Font SMALL = FontFactory.getFont(FontFactory.COURIER, 7);
    private static final Font FOOTER = FontFactory.getFont(FontFactory.HELVETICA, 7.5f);

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private PdfLook() {
    }

    /**
     * An A4 document titled {@code title}: letterhead and title, then what {@code body} adds, a footer on each page.
     * A failure to draw is the program's fault, not the reader's, so it is not a checked exception.
     */
    static byte[] pdf(String title, Consumer<Document> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(title));
            document.addTitle(title);
            document.open();
            document.add(new Paragraph("Tierline - export licensing of advanced AI chips", BODY));
            document.add(new Paragraph(title, TITLE));
            body.accept(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(title + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    static Paragraph line(String text) {
        return new Paragraph(text, BODY);
    }

    static Paragraph spaced(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(10);
        return p;
    }

    static void section(Document document, String name) {
        document.add(spaced(name, HEADING));
    }

    /** A full-width table whose header row repeats on every page it runs over. */
    static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        for (String h : headers) {
            table.addCell(new Paragraph(h, HEADING));
        }
        return table;
    }

    static void cells(PdfPTable table, String... values) {
        for (String v : values) {
            table.addCell(new Paragraph(v == null ? "" : v, BODY));
        }
    }

    /** The items of a case; with their model and unit value where the reader needs them (the dossier). */
    static PdfPTable items(List<ItemLine> items, boolean full) {
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
    private static final class Footer extends PdfPageEventHelper {

        private final String title;

        Footer(String title) {
            this.title = title;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(title + " \u00b7 page " + writer.getPageNumber(), FOOTER),
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
