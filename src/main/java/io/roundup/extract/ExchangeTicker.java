package io.roundup.extract;

import java.util.List;
import java.util.Locale;

/**
 * Stock exchanges and ticker codes. Exchanges are normalised (HKEX, Nasdaq, NYSE, SSE, SZSE, LSE,
 * TSE); tickers lose their exchange prefix, suffix and leading zeros ("02513.HK" is "2513",
 * "NASDAQ: CRWV" is "CRWV").
 */
public final class ExchangeTicker {

    /** A ticker found in the text, with the exchange its form implies (may be null). */
    public record Ticker(int start, int end, String code, String exchange) {
    }

    /** An exchange's pattern and its name. */
    private record Ex(GuardedPattern p, String name) {
    }

    /** An exchange: its pattern, its name, and words one of which every match holds (case-folded, see Guard). */
    private static Ex ex(String regex, String name, String... words) {
        return new Ex(GuardedPattern.of(regex, Guard.words(words)), name);
    }

    private static final List<Ex> EXCHANGES = List.of(
            ex("(?i)hong kong stock exchange|stock exchange of hong kong|\\bhkex\\b|\\bsehk\\b|hong kong(?:'s)? (?:main board|bourse|market)|in hong kong|港交所|联交所|聯交所|港股|香港|赴港", "HKEX", "hong kong", "hkex", "sehk", "港交所", "联交所", "聯交所", "港股", "香港", "赴港"),
            ex("(?i)\\bnasdaq\\b|纳斯达克", "Nasdaq", "nasdaq", "纳斯达克"),
            ex("(?i)new york stock exchange|\\bnyse\\b|纽交所|紐交所", "NYSE", "new york stock exchange", "nyse", "纽交所", "紐交所"),
            ex("(?i)star market|shanghai stock exchange|科创板|上交所|上海证券交易所", "SSE", "star market", "shanghai stock exchange", "科创板", "上交所", "上海证券交易所"),
            ex("(?i)shenzhen stock exchange|chinext|深交所|创业板", "SZSE", "shenzhen stock exchange", "chinext", "深交所", "创业板"),
            ex("(?i)london stock exchange|\\blse\\b", "LSE", "london stock exchange", "lse"),
            ex("(?i)tokyo stock exchange|東証|东证", "TSE", "tokyo stock exchange", "東証", "东证"),
            ex("(?iu)frankfurter börse|frankfurt stock exchange|deutsche börse|xetra|prime standard", "FWB", "frankfurter börse", "frankfurt stock exchange", "deutsche börse", "xetra", "prime standard"),
            ex("(?i)\\bhong kong\\b", "HKEX", "hong kong"));

    private static final GuardedPattern TICKER = GuardedPattern.of(
            "[(（]\\s*(?:(HKEX|SEHK|HK|NASDAQ|Nasdaq|NYSE|SSE|SZSE|SHA|SHE)\\s*[:：.]\\s*)?"
                    + "([0-9]{3,6}|[A-Z]{1,5})(?:\\.(HK|O|N|SS|SZ|SH))?\\s*[)）]",
            Guard.wordsAsWritten("(", "（"));
    private static final GuardedPattern TICKER_WORDS = GuardedPattern.of(
            "(?i)(?:under the (?:ticker|symbol|stock code)(?: symbol)?|(?:under|with) (?:the )?(?:stock |ticker |share )?code|ticker symbol|stock code|股票代码|股份代号|证券代码|代码)(?:为|是)?[:：\\s]*[\"“']?([0-9]{3,6}|(?-i:[A-Z]{1,5}))\\b",
            Guard.words("ticker", "symbol", "code", "代码", "代号"));

    private ExchangeTicker() {
    }

    /** The exchange the text names first, normalised, or null. */
    public static String exchange(String text) {
        int best = Integer.MAX_VALUE;
        String name = null;
        String f = Prefilter.fold(text);
        for (Ex e : EXCHANGES) {
            GuardedPattern.Finder m = e.p().finder(text, f);
            if (m.find() && m.start() < best) {
                best = m.start();
                name = e.name();
            }
        }
        return name;
    }

    /** Whether the text can hold a ticker at all: a bracket or a ticker word. */
    static boolean mayHoldTicker(String text) {
        return TICKER.mayMatch(text) || TICKER_WORDS.mayMatch(text);
    }

    /** A ticker written as "(02513.HK)", "(NASDAQ: CRWV)" or "under the ticker CRWV" at or after {@code from}. */
    public static Ticker tickerAt(String text, int from) {
        GuardedPattern.Finder m = TICKER.finder(text);
        if (m.find(from)) {
            String prefix = m.group(1), code = m.group(2), suffix = m.group(3);
            boolean digits = code.chars().allMatch(Character::isDigit);
            boolean ok = prefix != null || suffix != null || digits && code.startsWith("0") && code.length() >= 4
                    || digits && afterHanName(text, m.start()) && code.length() >= 4 && !yearLike(code);
            if (ok) return new Ticker(m.start(), m.end(), normalise(code), exchangeOf(prefix, suffix, digits));
        }
        GuardedPattern.Finder w = TICKER_WORDS.finder(text);
        if (w.find(from)) return new Ticker(w.start(), w.end(), normalise(w.group(1)), null);
        return null;
    }

    /** "地平线机器人(9660)", "寒武纪（688256）": in Chinese press a bare code in brackets right after a name is its stock code. */
    private static boolean afterHanName(String text, int bracket) {
        return bracket > 0 && Character.UnicodeScript.of(text.charAt(bracket - 1)) == Character.UnicodeScript.HAN;
    }

    /** "(2024)" is more likely a year than a code. */
    private static boolean yearLike(String code) {
        if (code.length() != 4) return false;
        int y = Integer.parseInt(code);
        return y >= 1980 && y <= 2039;
    }

    public static String normalise(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        c = c.replaceAll("^(HKEX|SEHK|NASDAQ|NYSE|HK)\\s*[:：.]\\s*", "").replaceAll("\\.(HK|O|N|SS|SZ|SH|T)$", "");
        if (c.matches("\\d+")) c = c.replaceFirst("^0+(?=\\d)", "");
        return c;
    }

    private static String exchangeOf(String prefix, String suffix, boolean digits) {
        String p = prefix == null ? "" : prefix.toUpperCase(Locale.ROOT);
        String s = suffix == null ? "" : suffix.toUpperCase(Locale.ROOT);
        if (p.equals("HKEX") || p.equals("SEHK") || p.equals("HK") || s.equals("HK")) return "HKEX";
        if (p.equals("NASDAQ") || s.equals("O")) return "Nasdaq";
        if (p.equals("NYSE") || s.equals("N")) return "NYSE";
        if (p.equals("SSE") || p.equals("SHA") || s.equals("SS") || s.equals("SH")) return "SSE";
        if (p.equals("SZSE") || p.equals("SHE") || s.equals("SZ")) return "SZSE";
        return null;
    }
}
