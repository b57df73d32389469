package io.roundup.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key for every spelling of a ticker, so listings ("2513" on HKEX, the eval convention) meet
 * price files ("2513.HK", "02513.HK", "0700.HK").
 *
 * <p>Key form: for numeric codes, the digits without leading zeros, a dot and the market suffix
 * ({@code 2513.HK}, {@code 700.HK}, {@code 600519.SS}); for US listings the upper-case symbol
 * without suffix ({@code NVDA}, {@code BRK.B}). Recognised spellings: {@code 02513.HK},
 * {@code 2513.hk}, {@code HK.02513}, {@code HKEX:02513}, {@code 2513 HK}, Stooq's {@code nvda.us},
 * a bare code plus an exchange name ({@code HKEX}/{@code SEHK}/{@code HKSE}/{@code Hong Kong} →
 * {@code HK}; {@code SSE}/{@code Shanghai}/{@code STAR} → {@code SS}; {@code SZSE}/{@code Shenzhen}/
 * {@code ChiNext} → {@code SZ}; {@code Nasdaq}/{@code NYSE}/{@code AMEX}/{@code US} → no suffix).
 * A bare numeric code without an exchange stays as it is ({@code "2513"}), since the market
 * cannot be told.
 */
public final class TickerKeys {

    private static final Map<String, String> EXCHANGE_SUFFIX = Map.ofEntries(
            Map.entry("HKEX", "HK"), Map.entry("SEHK", "HK"), Map.entry("HKSE", "HK"), Map.entry("HK", "HK"),
            Map.entry("HKG", "HK"), Map.entry("HONGKONG", "HK"), Map.entry("HONGKONGSTOCKEXCHANGE", "HK"),
            Map.entry("SSE", "SS"), Map.entry("SS", "SS"), Map.entry("SH", "SS"), Map.entry("SHA", "SS"),
            Map.entry("SHANGHAI", "SS"), Map.entry("STAR", "SS"), Map.entry("STARMARKET", "SS"),
            Map.entry("SHANGHAISTOCKEXCHANGE", "SS"),
            Map.entry("SZSE", "SZ"), Map.entry("SZ", "SZ"), Map.entry("SHE", "SZ"), Map.entry("SHENZHEN", "SZ"),
            Map.entry("CHINEXT", "SZ"), Map.entry("SHENZHENSTOCKEXCHANGE", "SZ"),
            Map.entry("NASDAQ", ""), Map.entry("NASDAQGS", ""), Map.entry("NASDAQGM", ""), Map.entry("NASDAQCM", ""),
            Map.entry("NYSE", ""), Map.entry("NYSEAMERICAN", ""), Map.entry("NYSEARCA", ""), Map.entry("AMEX", ""),
            Map.entry("US", ""), Map.entry("USA", ""));

    private static final Pattern CODE_DOT_SUFFIX = Pattern.compile("^(\\d+)\\.([A-Z]{1,3})$");
    private static final Pattern SUFFIX_DOT_CODE = Pattern.compile("^(HK|SS|SZ|SH)\\.(\\d+)$");
    private static final Pattern PREFIX_COLON = Pattern.compile("^([A-Z .]+?)\\s*:\\s*(\\S+)$");
    private static final Pattern CODE_SPACE_MARKET = Pattern.compile("^(\\S+)\\s+(HK|US|CH|SS|SZ)(?:\\s+EQUITY)?$");
    private static final Pattern DIGITS = Pattern.compile("^\\d+$");

    private TickerKeys() {
    }

    /** The key of a ticker written in any recognised form; null for null or blank input. */
    public static String key(String ticker) {
        if (ticker == null) return null;
        String s = ticker.strip().toUpperCase(Locale.ROOT);
        if (s.startsWith("$")) s = s.substring(1).strip();
        if (s.isEmpty()) return null;
        Matcher m = CODE_DOT_SUFFIX.matcher(s);
        if (m.matches()) return numeric(m.group(1), suffixOf(m.group(2)));
        m = SUFFIX_DOT_CODE.matcher(s);
        if (m.matches()) return numeric(m.group(2), suffixOf(m.group(1)));
        m = PREFIX_COLON.matcher(s);
        if (m.matches()) return key(m.group(1), m.group(2));
        m = CODE_SPACE_MARKET.matcher(s);
        if (m.matches()) return key(m.group(2), m.group(1));
        if (s.endsWith(".US") && s.length() > 3) return s.substring(0, s.length() - 3);
        return s;
    }

    /**
     * The key of a code listed on {@code exchange}. A ticker that already carries its market
     * ({@code 02513.HK}) is keyed by itself; an unknown or missing exchange leaves the code as in
     * {@link #key(String)}.
     */
    public static String key(String exchange, String ticker) {
        if (ticker == null || ticker.isBlank()) return null;
        String code = ticker.strip().toUpperCase(Locale.ROOT);
        String suffix = exchange == null ? null : EXCHANGE_SUFFIX.get(compact(exchange));
        if (suffix == null || !DIGITS.matcher(code).matches()) return key(code);
        return numeric(code, suffix);
    }

    /**
     * Spellings under which a price source may file this listing, most canonical first: the key,
     * then for numeric codes the vendor forms padded to 4 and 5 digits ({@code 0100.HK},
     * {@code 00100.HK}), then the ticker as given. Lets the builders query a
     * {@link PriceLookup} that matches tickers exactly (e.g. a database filed by price-file name).
     */
    public static List<String> spellings(String exchange, String ticker) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        String k = key(exchange, ticker);
        if (k == null) return List.of();
        out.add(k);
        Matcher m = CODE_DOT_SUFFIX.matcher(k);
        if (m.matches()) {
            String digits = m.group(1);
            for (int width = 4; width <= 6; width++) {
                if (digits.length() < width) out.add("0".repeat(width - digits.length()) + digits + "." + m.group(2));
            }
        }
        out.add(ticker.strip());
        out.add(ticker.strip().toUpperCase(Locale.ROOT));
        return List.copyOf(out);
    }

    /** The market suffix for an exchange name ("HK" for HKEX, "" for US exchanges), or null if unknown. */
    public static String suffix(String exchange) {
        return exchange == null ? null : EXCHANGE_SUFFIX.get(compact(exchange));
    }

    private static String suffixOf(String marketCode) {
        String s = EXCHANGE_SUFFIX.get(marketCode);
        return s == null ? marketCode : s;
    }

    private static String numeric(String digits, String suffix) {
        String d = digits.replaceFirst("^0+(?=\\d)", "");
        return suffix == null || suffix.isEmpty() ? d : d + "." + suffix;
    }

    private static String compact(String exchange) {
        return exchange.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }
}
