package io.roundup.market;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ticker of a price file, from its ticker column or its file name, in the spelling the prices table keys on. */
final class PriceTickers {

    private static final Pattern STOOQ_NAME = Pattern.compile("(?i)(.+)_([a-z]{2})_([dwm])");
    private static final Pattern NASDAQ_NAME = Pattern.compile("(?i)HistoricalData_(.+)");

    private PriceTickers() {
    }

    /** Upper case; Stooq's {@code .US} suffix dropped so US tickers match Yahoo's bare form. */
    static String normalise(String t) {
        String s = t.strip().toUpperCase(Locale.ROOT);
        if (s.endsWith(".US")) s = s.substring(0, s.length() - 3);
        return s;
    }

    /**
     * The ticker a file name implies: directories and the extension dropped, Stooq {@code nvda_us_d} and
     * Nasdaq {@code HistoricalData_NVDA} forms unpacked, a trailing vendor tag ({@code .stooq},
     * {@code .yahoo}, {@code .nasdaq}) dropped.
     */
    static String fromFileName(String fileName) {
        if (fileName == null) return null;
        String s = fileName.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        s = s.replaceFirst("(?i)\\.(csv|txt)$", "");
        s = s.replaceFirst("(?i)\\.(stooq|yahoo|nasdaq|yfinance)$", "");
        Matcher m = STOOQ_NAME.matcher(s);
        if (m.matches()) s = m.group(1) + "." + m.group(2);
        m = NASDAQ_NAME.matcher(s);
        if (m.matches()) s = m.group(1);
        return s.isBlank() ? null : normalise(s);
    }
}
