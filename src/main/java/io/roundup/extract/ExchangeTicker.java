package io.roundup.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stock exchanges and ticker codes. Exchanges are normalised (HKEX, Nasdaq, NYSE, SSE, SZSE, LSE,
 * TSE); tickers lose their exchange prefix, suffix and leading zeros ("02513.HK" is "2513",
 * "NASDAQ: CRWV" is "CRWV").
 */
public final class ExchangeTicker {

    /** A ticker found in the text, with the exchange its form implies (may be null). */
    public record Ticker(int start, int end, String code, String exchange) {
    }

    /** An exchange's pattern, its name, and words one of which every match holds (case-folded, see Prefilter). */
    private record Ex(Pattern p, String name, String... words) {
    }

    private static final List<Ex> EXCHANGES = List.of(
            new Ex(Pattern.compile("(?i)hong kong stock exchange|stock exchange of hong kong|\\bhkex\\b|\\bsehk\\b|hong kong(?:'s)? (?:main board|bourse|market)|in hong kong|港交所|联交所|聯交所|港股|香港|赴港"), "HKEX", "hong kong", "hkex", "sehk", "港交所", "联交所", "聯交所", "港股", "香港", "赴港"),
            new Ex(Pattern.compile("(?i)\\bnasdaq\\b|纳斯达克"), "Nasdaq", "nasdaq", "纳斯达克"),
            new Ex(Pattern.compile("(?i)new york stock exchange|\\bnyse\\b|纽交所|紐交所"), "NYSE", "new york stock exchange", "nyse", "纽交所", "紐交所"),
            new Ex(Pattern.compile("(?i)star market|shanghai stock exchange|科创板|上交所|上海证券交易所"), "SSE", "star market", "shanghai stock exchange", "科创板", "上交所", "上海证券交易所"),
            new Ex(Pattern.compile("(?i)shenzhen stock exchange|chinext|深交所|创业板"), "SZSE", "shenzhen stock exchange", "chinext", "深交所", "创业板"),
            new Ex(Pattern.compile("(?i)london stock exchange|\\blse\\b"), "LSE", "london stock exchange", "lse"),
            new Ex(Pattern.compile("(?i)tokyo stock exchange|東証|东证"), "TSE", "tokyo stock exchange", "東証", "东证"),
            new Ex(Pattern.compile("(?iu)frankfurter börse|frankfurt stock exchange|deutsche börse|xetra|prime standard"), "FWB", "frankfurter börse", "frankfurt stock exchange", "deutsche börse", "xetra", "prime standard"),
            new Ex(Pattern.compile("(?i)\\bhong kong\\b"), "HKEX", "hong kong"));

    private static final Pattern TICKER = Pattern.compile(
            "[(（]\\s*(?:(HKEX|SEHK|HK|NASDAQ|Nasdaq|NYSE|SSE|SZSE|SHA|SHE)\\s*[:：.]\\s*)?"
                    + "([0-9]{3,6}|[A-Z]{1,5})(?:\\.(HK|O|N|SS|SZ|SH))?\\s*[)）]");
    private static final Pattern TICKER_WORDS = Pattern.compile(
            "(?i)(?:under the (?:ticker|symbol|stock code)(?: symbol)?|(?:under|with) (?:the )?(?:stock |ticker |share )?code|ticker symbol|stock code|股票代码|股份代号|证券代码|代码)(?:为|是)?[:：\\s]*[\"“']?([0-9]{3,6}|(?-i:[A-Z]{1,5}))\\b");

    private ExchangeTicker() {
    }

    /** The exchange the text names first, normalised, or null. */
    public static String exchange(String text) {
        return exchange(text, true);
    }

    /** {@code prefilter} false runs every pattern: the tests check that the word checks change nothing. */
    static String exchange(String text, boolean prefilter) {
        int best = Integer.MAX_VALUE;
        String name = null;
        String f = prefilter ? Prefilter.fold(text) : null;
        for (Ex e : EXCHANGES) {
            if (f != null && !Prefilter.any(f, e.words())) continue;
            Matcher m = e.p().matcher(text);
            if (m.find() && m.start() < best) {
                best = m.start();
                name = e.name();
            }
        }
        return name;
    }

    /** Words one of which every ticker phrase contains (case-folded). */
    private static final String[] TICKER_WORDS_NEEDED = {"ticker", "symbol", "code", "代码", "代号"};

    /** Whether the text can hold a ticker at all: a bracket or a ticker word. */
    static boolean mayHoldTicker(String text) {
        return text.indexOf('(') >= 0 || text.indexOf('（') >= 0 || Prefilter.any(Prefilter.fold(text), TICKER_WORDS_NEEDED);
    }

    /** A ticker written as "(02513.HK)", "(NASDAQ: CRWV)" or "under the ticker CRWV" at or after {@code from}. */
    public static Ticker tickerAt(String text, int from) {
        return tickerAt(text, from, true);
    }

    /** {@code prefilter} false runs both patterns whatever the text: the tests check that the checks change nothing. */
    static Ticker tickerAt(String text, int from, boolean prefilter) {
        // the bracket pattern needs a bracket, the ticker phrases a ticker word
        boolean bracket = !prefilter || text.indexOf('(') >= 0 || text.indexOf('（') >= 0;
        boolean words = !prefilter || Prefilter.any(Prefilter.fold(text), TICKER_WORDS_NEEDED);
        if (!bracket && !words) return null;
        Matcher m = TICKER.matcher(text);
        if (bracket && m.find(from)) {
            String prefix = m.group(1), code = m.group(2), suffix = m.group(3);
            boolean digits = code.chars().allMatch(Character::isDigit);
            boolean ok = prefix != null || suffix != null || digits && code.startsWith("0") && code.length() >= 4
                    || digits && afterHanName(text, m.start()) && code.length() >= 4 && !yearLike(code);
            if (ok) return new Ticker(m.start(), m.end(), normalise(code), exchangeOf(prefix, suffix, digits));
        }
        Matcher w = TICKER_WORDS.matcher(text);
        if (words && w.find(from)) return new Ticker(w.start(), w.end(), normalise(w.group(1)), null);
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
