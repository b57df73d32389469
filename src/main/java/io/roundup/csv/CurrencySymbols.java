package io.roundup.csv;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The currency a cell names: an ISO 4217 code ({@code HKD}, any case), a symbol ({@code HK$}, {@code US$},
 * {@code $}, {@code €}, {@code £}, {@code CN¥}, {@code JP¥}, {@code S$}, {@code NT$}, {@code A$}, {@code C$},
 * {@code ₩}, {@code ₹}) or a word ({@code RMB}, {@code yuan}, {@code 元}, {@code 人民币}, {@code 港元}, {@code 美元},
 * {@code 欧元}, {@code 日元}, {@code 円}, {@code yen}, {@code 英镑}, {@code dollars}, {@code euros}, {@code pounds}, ...).
 * One table for the listing and round readers. ISO codes starting with {@code X} (gold, test codes) are
 * no currency anything is priced or raised in.
 *
 * <p><b>The yen sign.</b> A bare {@code ¥} (or full-width {@code ￥}) is the sign of the yuan and of the yen, and
 * nothing in the sign tells which: the resolver never guesses, the caller passes what its context says.
 * <ul>
 *   <li>a listing, by its exchange ({@link #yenOn}): CNY on the Shanghai, Shenzhen and Beijing exchanges, JPY
 *       in Tokyo, unknown elsewhere (the row is rejected);</li>
 *   <li>a round file, by its currency column ({@link #yenBeside}): the column must say CNY or JPY, else the
 *       row is rejected;</li>
 *   <li>news text ({@code extract.AmountParser}, which still keeps a table of its own): JPY, unless the text is
 *       about yuan (Chinese script, {@code yuan}, {@code RMB}, {@code 元}), then CNY.</li>
 * </ul>
 */
public final class CurrencySymbols {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");

    /** Symbols and words, upper case, with the currency each names. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("USD$", "USD"), Map.entry("美元", "USD"),
            Map.entry("DOLLARS", "USD"), Map.entry("US DOLLARS", "USD"),
            Map.entry("HK$", "HKD"), Map.entry("港元", "HKD"), Map.entry("港币", "HKD"),
            Map.entry("RMB", "CNY"), Map.entry("CN¥", "CNY"), Map.entry("CNH", "CNY"), Map.entry("YUAN", "CNY"),
            Map.entry("元", "CNY"), Map.entry("人民币", "CNY"), Map.entry("人民币元", "CNY"),
            Map.entry("JP¥", "JPY"), Map.entry("日元", "JPY"), Map.entry("円", "JPY"), Map.entry("YEN", "JPY"),
            Map.entry("€", "EUR"), Map.entry("欧元", "EUR"), Map.entry("EURO", "EUR"), Map.entry("EUROS", "EUR"),
            Map.entry("£", "GBP"), Map.entry("英镑", "GBP"), Map.entry("POUNDS", "GBP"),
            Map.entry("S$", "SGD"), Map.entry("NT$", "TWD"), Map.entry("A$", "AUD"), Map.entry("C$", "CAD"),
            Map.entry("₩", "KRW"), Map.entry("₹", "INR"));

    /** The mainland Chinese exchanges, as the listing reader names them. */
    private static final Set<String> YUAN_EXCHANGES = Set.of("SSE", "SZSE", "BSE");

    private CurrencySymbols() {
    }

    /**
     * The currency {@code text} names (surrounding space ignored); {@code yen} for a bare yen sign, as the
     * caller's context decides it (null: it cannot tell). Null when the text names no currency.
     */
    public static Currency resolve(String text, Currency yen) {
        String t = text.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        String named = NAMES.get(upper);
        if (named != null) return Currency.getInstance(named);
        if (isYenSign(t)) return yen;
        if (!upper.matches("[A-Z]{3}") || upper.startsWith("X")) return null;
        try {
            return Currency.getInstance(upper);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A bare {@code ¥} or {@code ￥}, which is yuan or yen. */
    public static boolean isYenSign(String text) {
        String t = text.strip();
        return t.equals("¥") || t.equals("￥");
    }

    /** What a bare yen sign means in a listing on {@code exchange}: CNY in mainland China, JPY in Tokyo, else null. */
    public static Currency yenOn(String exchange) {
        if (YUAN_EXCHANGES.contains(exchange)) return CNY;
        return "TSE".equals(exchange) ? JPY : null;
    }

    /** What a bare yen sign means beside a currency stated elsewhere (a currency column): that one if CNY or JPY, else null. */
    public static Currency yenBeside(Currency stated) {
        return stated != null && List.of(CNY, JPY).contains(stated) ? stated : null;
    }
}
