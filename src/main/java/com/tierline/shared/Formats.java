package com.tierline.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers, money, sizes and times formatted for the reader's locale. Times are shown in the reader's time zone
 * (the browser's, once the shell has learnt it) and say which zone they are in; without a browser, in UTC.
 */
public final class Formats {

    private Formats() {
    }

    public static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public static String usd(BigDecimal value, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance("USD"));
        return format.format(value);
    }

    /** A whole count with grouping: 2,500 items, not 2500. */
    public static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A country by its name in the reader's language with its ISO code: "Saudi Arabia (SA)". */
    public static String country(String iso2, Locale locale) {
        if (iso2 == null || iso2.isBlank()) {
            return "—";
        }
        String name = new Locale("", iso2).getDisplayCountry(locale);
        return name.isEmpty() || name.equalsIgnoreCase(iso2) ? iso2 : name + " (" + iso2 + ")";
    }

    /**
     * A count with its noun in the form the reader's language takes for that number ("1 open case", "2 open
     * cases"), by ICU's plural rules rather than "case(s)".
     */
    public static String count(long n, String one, String other, Locale locale) {
        String form = com.ibm.icu.text.PluralRules.forLocale(locale).select(n);
        return NumberFormat.getIntegerInstance(locale).format(n) + " " + ("one".equals(form) ? one : other);
    }

    /** The session attribute under which the shell keeps the browser's time zone. */
    public static final String ZONE_ATTRIBUTE = "tierline.time-zone";

    /** To the second, for audit trails where order and timing matter. */
    public static String preciseDateTime(Instant instant, Locale locale) {
        return format(instant, locale, FormatStyle.MEDIUM);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return format(instant, locale, FormatStyle.SHORT);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(date);
    }

    /** A file size in the units people use: 512 bytes, 12.5 KB, 3.2 MB. */
    public static String bytes(long size, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        if (size < 1024) {
            return format.format(size) + " bytes";
        }
        if (size < 1024 * 1024) {
            return format.format(size / 1024.0) + " KB";
        }
        return format.format(size / (1024.0 * 1024.0)) + " MB";
    }

    /** The reader's time zone: the browser's if known in this session, otherwise UTC. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(ZONE_ATTRIBUTE) instanceof ZoneId zone) {
            return zone;
        }
        return ZoneOffset.UTC;
    }

    private static String format(Instant instant, Locale locale, FormatStyle timeStyle) {
        if (instant == null) {
            return "—";
        }
        ZoneId zone = zone();
        String zoneName = zone.equals(ZoneOffset.UTC) ? "UTC" : DateTimeFormatter.ofPattern("zzz", locale)
                .format(instant.atZone(zone));
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, timeStyle).withLocale(locale)
                .withZone(zone).format(instant) + " " + zoneName;
    }

    /** How long something took, in the two largest units that matter: "2 d 3 h", "4 min 10 s", "850 ms". */
    public static String duration(java.time.Duration d) {
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        }
        if (d.toSeconds() > 0) {
            return d.toSeconds() + " s";
        }
        return d.toMillis() + " ms";
    }
}
