package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as findings print them: "26,900,000 TPP", "7.0%". */
final class Words {

    private Words() {
    }

    /** "26,900,000 TPP": grouped by hand, as String.format would dominate the cost of a screening. */
    static String tpp(BigDecimal value) {
        return grouped(value.setScale(0, RoundingMode.HALF_UP).toPlainString()) + " TPP";
    }

    /** "2,000" or "1,234.5": grouped, with the decimals only where there are any. */
    static String decimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        String plain = v.scale() <= 0 ? v.setScale(0).toPlainString() : v.toPlainString();
        int dot = plain.indexOf('.');
        return dot < 0 ? grouped(plain) : grouped(plain.substring(0, dot)) + plain.substring(dot);
    }

    static String number(BigDecimal value) {
        return tpp(value).replace(" TPP", "");
    }

    static String grouped(String digits) {
        boolean negative = digits.startsWith("-");
        String d = negative ? digits.substring(1) : digits;
        StringBuilder out = new StringBuilder(d.length() + d.length() / 3 + 1);
        for (int i = 0; i < d.length(); i++) {
            if (i > 0 && (d.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(d.charAt(i));
        }
        return (negative ? "-" : "") + out;
    }

    static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
