package io.roundup.extract;

import io.roundup.domain.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money expressions in text: a currency sign or code before the number ("$6.6 billion",
 * "US$6.6bn", "HK$4.348 billion", "€1.7 billion", "RMB 3 billion", "USD 6.6 billion"), a currency
 * word after it ("3 billion yuan", "500 million euros") or Chinese units ("30亿元", "5,000万美元",
 * "人民币30亿元"). Qualifiers such as "about", "over", "nearly" are recognised and flagged.
 */
public final class AmountParser {

    /** One money expression: character span in the text, the value, and whether it was hedged. */
    public record MoneySpan(int start, int end, Money money, boolean approximate, boolean range) {
        public MoneySpan(int start, int end, Money money, boolean approximate) {
            this(start, end, money, approximate, false);
        }
    }

    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String MULT_EN = "(trillion|billion|million|thousand|crore|lakh|bln|mln|tn|bn|mn|cr|b|m|k)";
    private static final String PREFIX_CUR = "(US\\$|USD|￥|U\\.S\\.\\s?\\$|HK\\$|HKD|RMB|CNY|C\\$|CAD|A\\$|AUD|S\\$|SGD|EUR|GBP|JPY|CHF|INR|KRW|ILS|Rs\\.?|₹|₩|€|£|¥|\\$)";
    private static final String HEDGE = "(?:(about|approximately|approx\\.|around|roughly|nearly|almost|some|over|more than|up to|at least|close to|just over|just under|under|less than|an estimated)\\s+)?";

    /*
     * A figure needs a digit and a currency: a sign or code before it (one of SIGN_WORDS, case-folded), a currency
     * word after it; Chinese amounts need Chinese script. PREFIXED is tried only where a match can start (see
     * findPrefixed).
     */
    private static final String[] SIGN_WORDS = {"$", "usd", "￥", "hkd", "rmb", "cny", "cad", "aud", "sgd", "eur", "gbp", "jpy", "chf", "inr",
            "krw", "ils", "rs", "₹", "₩", "€", "£", "¥"};
    private static final GuardedPattern PREFIXED = GuardedPattern.of(
            "(?i)" + HEDGE + "(?<![A-Za-z])" + PREFIX_CUR + "\\s?" + NUM + "(?:\\s?" + MULT_EN + "(?![A-Za-z]))?",
            Guard.digit().and(Guard.words(SIGN_WORDS)), AmountParser::findPrefixed);
    private static final GuardedPattern SUFFIXED = GuardedPattern.of(
            "(?i)" + HEDGE + "(?<![\\w$€£¥.,])" + NUM + "\\s?" + MULT_EN + "?\\s+"
                    + "(yuan|renminbi|rmb|cny|us dollars|u\\.s\\. dollars|hong kong dollars|hk dollars|dollars|usd|hkd|euros?|eur|pounds|gbp|yen|jpy|rupees?|won|shekels?)\\b",
            Guard.digit().and(Guard.words("yuan", "renminbi", "rmb", "cny", "dollars", "usd", "hkd", "eur", "pounds", "gbp", "yen", "jpy", "rupee",
                    "won", "shekel")));
    /** Without a Chinese currency word before or after the number nothing is kept. */
    private static final GuardedPattern CJK = GuardedPattern.keeping(
            "(约合|折合|约|約|近|超过|超過|逾|超|将近|接近|高达|达)?(人民币|人民幣|美元|港元|港币|港幣)?\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[零一二两兩三四五六七八九十百千]+)\\s?(万亿|萬億|亿|億|千万|千萬|百万|百萬|万|萬)?\\s?(美元|美金|港元|港币|港幣|欧元|歐元|日元|英镑|人民币|人民幣|元)?",
            m -> m.group(2) != null || m.group(5) != null, Guard.cjk());

    /** "¥20亿", "US$5亿": a currency sign before a Chinese scale. */
    private static final GuardedPattern SIGN_CJK = GuardedPattern.of(
            "(约|近|超|逾|超过)?(US\\$|HK\\$|￥|¥|€|£|\\$)\\s?" + NUM + "\\s?(万亿|萬億|亿|億|万|萬)(?:元)?",
            Guard.digit().and(Guard.cjk()));
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("$", "USD"), Map.entry("u.s.$", "USD"),
            Map.entry("u.s. $", "USD"), Map.entry("hk$", "HKD"), Map.entry("hkd", "HKD"), Map.entry("rmb", "CNY"),
            Map.entry("cny", "CNY"), Map.entry("c$", "CAD"), Map.entry("cad", "CAD"), Map.entry("a$", "AUD"),
            Map.entry("aud", "AUD"), Map.entry("s$", "SGD"), Map.entry("sgd", "SGD"), Map.entry("eur", "EUR"),
            Map.entry("€", "EUR"), Map.entry("gbp", "GBP"), Map.entry("£", "GBP"), Map.entry("jpy", "JPY"),
            Map.entry("¥", "JPY"), Map.entry("￥", "JPY"), Map.entry("美金", "USD"), Map.entry("chf", "CHF"), Map.entry("inr", "INR"), Map.entry("krw", "KRW"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("dollars", "USD"),
            Map.entry("us dollars", "USD"), Map.entry("u.s. dollars", "USD"), Map.entry("hong kong dollars", "HKD"),
            Map.entry("hk dollars", "HKD"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("pounds", "GBP"), Map.entry("yen", "JPY"), Map.entry("rupees", "INR"), Map.entry("won", "KRW"),
            Map.entry("rupee", "INR"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"),
            Map.entry("ils", "ILS"), Map.entry("shekels", "ILS"), Map.entry("shekel", "ILS"),
            Map.entry("美元", "USD"), Map.entry("港元", "HKD"), Map.entry("港币", "HKD"), Map.entry("港幣", "HKD"),
            Map.entry("欧元", "EUR"), Map.entry("歐元", "EUR"), Map.entry("日元", "JPY"), Map.entry("英镑", "GBP"),
            Map.entry("人民币", "CNY"), Map.entry("人民幣", "CNY"), Map.entry("元", "CNY"));

    private AmountParser() {
    }

    /** The longest hedge word of HEDGE ("approximately"). */
    private static final int LONGEST_HEDGE = 13;
    /** How far a currency prefix of PREFIX_CUR starts before its sign or code of SIGN_WORDS ("U.S. $"). */
    private static final int PREFIX_BEFORE_SIGN = 5;

    /**
     * Where PREFIXED is tried ({@link Prefilter.Tries}): every match holds a sign or code of SIGN_WORDS, its prefix
     * starts at most {@value #PREFIX_BEFORE_SIGN} chars before it, and a hedge word before the prefix ends in
     * whitespace and is at most {@value #LONGEST_HEDGE} chars long.
     */
    private static boolean findPrefixed(Matcher m, String text, String folded, int from) {
        int n = text.length();
        for (int p = from; p < n; ) {
            int q = Prefilter.firstIndex(folded, SIGN_WORDS, p);
            if (q < 0) return false;
            int lo = q;
            for (int s = Math.max(0, q - PREFIX_BEFORE_SIGN); s <= q; s++) {
                int w = s;
                while (w > 0 && Character.isWhitespace(text.charAt(w - 1))) w--;
                lo = Math.min(lo, w < s ? w - LONGEST_HEDGE : s);
            }
            if (Prefilter.matchStartingIn(m, Math.max(p, lo), q, n)) return true;
            p = q + 1;
        }
        return false;
    }

    /** Every money expression in {@code text}, in order, non-overlapping; ranges are flagged. */
    public static List<MoneySpan> findAll(String text) {
        List<MoneySpan> out = new ArrayList<>();
        GermanAmounts.find(text, out);
        GuardedPattern.Finder sc = SIGN_CJK.finder(text);
        while (sc.find()) {
            // "¥20亿", "US$5亿": a currency sign before a Chinese scale
            BigDecimal v = number(sc.group(3)).multiply(cjkMultiplier(sc.group(4)));
            out.add(new MoneySpan(sc.start(), sc.end(), Money.of(v, code(sc.group(2))), sc.group(1) != null));
        }
        NumberWords.find(text, out);
        GuardedPattern.Finder m = PREFIXED.finder(text);
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            String cur = code(m.group(2));
            BigDecimal v = number(m.group(3)).multiply(multiplier(m.group(4)));
            out.add(new MoneySpan(m.start(), m.end(), Money.of(v, cur), m.group(1) != null));
        }
        m = SUFFIXED.finder(text);
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            String cur = code(m.group(4));
            BigDecimal v = number(m.group(2)).multiply(multiplier(m.group(3)));
            out.add(new MoneySpan(m.start(), m.end(), Money.of(v, cur), m.group(1) != null));
        }
        m = CJK.finder(text);
        while (m.find()) {
            String pre = m.group(2), unit = m.group(4), post = m.group(5);
            if (post == null && unit == null) continue;
            if (overlaps(out, m.start(), m.end())) continue;
            if (m.start(3) > 0 && "数几上".indexOf(text.charAt(m.start(3) - 1)) >= 0) continue; // "数千万美元": vague
            BigDecimal n = Character.isDigit(m.group(3).charAt(0)) ? number(m.group(3)) : NumberWords.chinese(m.group(3));
            if (n == null) continue;
            String cur = code(post != null && !post.equals("元") ? post : pre != null ? pre : post);
            BigDecimal v = n.multiply(cjkMultiplier(unit));
            String hedge = m.group(1);
            out.add(new MoneySpan(m.start(), m.end(), Money.of(v, cur), hedge != null && !hedge.equals("约合") && !hedge.equals("折合")));
        }
        out.sort(Comparator.comparingInt(MoneySpan::start));
        yenInChineseContext(text, out);
        return Ranges.mark(text, out);
    }

    /** "¥" is the sign of both yen and yuan: in a text about yuan (Chinese script, "yuan", "RMB", "元") it is CNY. */
    private static void yenInChineseContext(String text, List<MoneySpan> spans) {
        if (spans.stream().noneMatch(s -> "JPY".equals(s.money().currencyCode()))) return;
        boolean yuan = YUAN_CONTEXT.matcher(text).find();
        if (!yuan) return;
        for (int i = 0; i < spans.size(); i++) {
            MoneySpan s = spans.get(i);
            if (!"JPY".equals(s.money().currencyCode())) continue;
            String written = text.substring(s.start(), s.end());
            if (!written.contains("¥") && !written.contains("￥")) continue;
            spans.set(i, new MoneySpan(s.start(), s.end(), Money.of(s.money().amount(), "CNY"), s.approximate(), s.range()));
        }
    }

    private static final Pattern YUAN_CONTEXT = Pattern.compile("(?i)\\byuan\\b|\\brmb\\b|renminbi|人民币|人民幣|元|\\p{IsHan}{2}");

    static boolean overlapsAny(List<MoneySpan> spans, int s, int e) {
        return overlaps(spans, s, e);
    }

    /** The first money expression in {@code text}, if any. */
    public static Optional<Money> parse(String text) {
        List<MoneySpan> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).money());
    }

    private static boolean overlaps(List<MoneySpan> spans, int s, int e) {
        for (MoneySpan sp : spans) if (s < sp.end() && sp.start() < e) return true;
        return false;
    }

    static String code(String raw) {
        String k = raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String c = CODES.get(k);
        if (c == null) c = CODES.get(k.replace(" ", ""));
        return c == null ? raw.toUpperCase(Locale.ROOT) : c;
    }

    static BigDecimal number(String s) {
        return new BigDecimal(s.replace(",", ""));
    }

    static BigDecimal multiplier(String m) {
        if (m == null) return BigDecimal.ONE;
        switch (m) {
            case "B", "b": return BigDecimal.TEN.pow(9);
            case "M", "m": return BigDecimal.TEN.pow(6);
            case "K", "k": return BigDecimal.TEN.pow(3);
            default:
        }
        return switch (m.toLowerCase(Locale.ROOT)) {
            case "trillion", "tn" -> BigDecimal.TEN.pow(12);
            case "billion", "bn", "bln" -> BigDecimal.TEN.pow(9);
            case "million", "mn", "mln" -> BigDecimal.TEN.pow(6);
            case "thousand" -> BigDecimal.TEN.pow(3);
            case "crore", "cr" -> BigDecimal.TEN.pow(7);
            case "lakh" -> BigDecimal.TEN.pow(5);
            default -> BigDecimal.ONE;
        };
    }

    private static BigDecimal cjkMultiplier(String u) {
        if (u == null) return BigDecimal.ONE;
        return switch (u) {
            case "万亿", "萬億" -> BigDecimal.TEN.pow(12);
            case "亿", "億" -> BigDecimal.TEN.pow(8);
            case "千万", "千萬" -> BigDecimal.TEN.pow(7);
            case "百万", "百萬" -> BigDecimal.TEN.pow(6);
            case "万", "萬" -> BigDecimal.TEN.pow(4);
            default -> BigDecimal.ONE;
        };
    }
}
