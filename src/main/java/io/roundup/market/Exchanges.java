package io.roundup.market;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stock exchanges and their codes as listing files write them: the exchange by one canonical name
 * ({@code HKEX, Nasdaq, NYSE, NYSE American, SSE, SZSE, BSE, LSE, TSE, KRX, SGX, ASX, TSX, TWSE, Euronext,
 * Xetra}), a ticker as the bare code the exchange uses.
 */
final class Exchanges {

    /** Exchange tags written before or after a code: {@code HK} in {@code 2513.HK}, {@code HKEX} in {@code HKEX:2513}. */
    private static final Set<String> EXCHANGE_TAGS = Set.of("HK", "HKEX", "HKG", "SEHK", "SS", "SH", "SHA", "SSE",
            "SZ", "SHE", "SZSE", "BJ", "US", "N", "O", "OQ", "NASDAQ", "NYSE", "L", "LSE", "T", "TYO", "KS", "KQ", "SI",
            "AX", "TO", "TW", "DE", "PA", "AS");
    private static final Pattern TICKER = Pattern.compile("[A-Z0-9]+([.\\-/][A-Z])?");

    /** Names and abbreviations, lower case with single spaces, and the exchange each means. */
    private static final Map<String, String> EXCHANGES = new HashMap<>();

    static {
        exchange("HKEX", "hkex", "hkse", "sehk", "hk", "hkg", "hong kong", "hong kong stock exchange", "hong kong exchange",
                "hong kong exchanges", "hong kong exchanges and clearing", "main board of the hong kong stock exchange");
        exchange("Nasdaq", "nasdaq", "nasdaq gs", "nasdaqgs", "nasdaq gm", "nasdaqgm", "nasdaq cm", "nasdaqcm",
                "nasdaq global select", "nasdaq global select market", "nasdaq global market", "nasdaq capital market",
                "nasdaq stock market");
        exchange("NYSE", "nyse", "new york stock exchange", "nyse big board");
        exchange("NYSE American", "nyse american", "nyse mkt", "amex", "american stock exchange");
        exchange("SSE", "sse", "shanghai", "shanghai stock exchange", "star", "star market", "sse star market", "sh");
        exchange("SZSE", "szse", "shenzhen", "shenzhen stock exchange", "chinext", "sz");
        exchange("BSE", "bse", "beijing stock exchange");
        exchange("LSE", "lse", "london", "london stock exchange");
        exchange("TSE", "tse", "tokyo", "tokyo stock exchange", "jpx");
        exchange("KRX", "krx", "kospi", "kosdaq", "korea exchange");
        exchange("SGX", "sgx", "singapore exchange");
        exchange("ASX", "asx", "australian securities exchange");
        exchange("TSX", "tsx", "toronto stock exchange");
        exchange("TWSE", "twse", "taiwan stock exchange");
        exchange("Euronext", "euronext", "euronext paris", "euronext amsterdam");
        exchange("Xetra", "xetra", "frankfurt", "frankfurt stock exchange", "fwb");
    }

    private static void exchange(String canonical, String... names) {
        for (String n : names) EXCHANGES.put(n, canonical);
    }

    /** Canonical exchange name, or null when unknown. */
    static String canonical(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
        return EXCHANGES.get(k);
    }

    /**
     * The bare exchange code: {@code 02513}, {@code 2513.HK}, {@code HK.02513}, {@code HKEX:02513} → {@code 2513};
     * {@code NVDA}, {@code nvda.us} → {@code NVDA}; share-class suffixes such as {@code BRK.B} are kept. Null when
     * nothing usable is left.
     */
    static String bareTicker(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        int colon = t.indexOf(':');
        if (colon >= 0) {
            if (!EXCHANGE_TAGS.contains(t.substring(0, colon))) return null;
            t = t.substring(colon + 1);
        }
        int dot = t.indexOf('.');
        if (dot > 0 && EXCHANGE_TAGS.contains(t.substring(0, dot))) {
            t = t.substring(dot + 1);
        } else {
            int last = t.lastIndexOf('.');
            if (last > 0 && EXCHANGE_TAGS.contains(t.substring(last + 1))) t = t.substring(0, last);
        }
        if (t.isEmpty() || !TICKER.matcher(t).matches()) return null;
        if (t.chars().allMatch(Character::isDigit)) {
            t = t.replaceFirst("^0+(?=\\d)", "");
        }
        return t;
    }

    private Exchanges() {
    }
}
