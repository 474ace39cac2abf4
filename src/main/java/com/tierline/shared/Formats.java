package com.tierline.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, money and times formatted for the reader's locale; times are shown in UTC and say so. */
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

    /** To the second, for audit trails where order and timing matter. */
    public static String preciseDateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }
}
