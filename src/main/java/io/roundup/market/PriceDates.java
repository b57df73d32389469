package io.roundup.market;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day of a price bar as vendors write it: {@code yyyy-MM-dd}, also with a time and UTC offset
 * ({@code 2020-01-02 00:00:00+08:00}: the exchange-local calendar day written is kept), {@code yyyyMMdd},
 * and slash dates, month-first in the Nasdaq layout and day-first elsewhere.
 */
final class PriceDates {

    private static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern BASIC_DATE = Pattern.compile("\\d{8}");
    private static final Pattern SLASH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    private PriceDates() {
    }

    /** The day {@code s} writes, slash dates read month-first when {@code monthFirst}; null when it is none. */
    static LocalDate parse(String s, boolean monthFirst) {
        if (isIsoDay(s)) {
            try {
                return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
            } catch (DateTimeException e) {
                return null;
            }
        }
        try {
            Matcher m = ISO_DATE.matcher(s);
            if (m.matches()) return LocalDate.parse(m.group(1));
            if (BASIC_DATE.matcher(s).matches()) return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
            if (SLASH_DATE.matcher(s).matches()) return LocalDate.parse(s, monthFirst ? MDY : DMY);
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** Written as one of the forms {@link #parse} reads (whether or not it is a calendar day). */
    static boolean looksLikeDate(String s) {
        return ISO_DATE.matcher(s).matches() || isBasic(s) || SLASH_DATE.matcher(s).matches();
    }

    /** Eight digits, Stooq's bulk {@code yyyyMMdd}. */
    static boolean isBasic(String s) {
        return BASIC_DATE.matcher(s).matches();
    }

    /** {@code yyyy-MM-dd} and nothing else: the common case, read without a regular expression. */
    private static boolean isIsoDay(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) return false;
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n = n * 10 + (s.charAt(i) - '0');
        return n;
    }
}
