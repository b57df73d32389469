package io.roundup.extract;

import io.roundup.domain.Money;
import io.roundup.extract.AmountParser.MoneySpan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers written as words before a scale and a currency: English "ten billion dollars", "two
 * hundred million euros", "a billion dollars"; German "zwei Milliarden Euro", "eine Milliarde
 * Dollar", "zweihundert Millionen Euro"; and Chinese numerals before 亿/万 ("两亿美元", "三十亿元",
 * parsed by {@link #chinese}).
 */
final class NumberWords {

    private static final Map<String, Integer> EN = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Integer> DE = Map.ofEntries(
            Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einer", 1), Map.entry("einen", 1), Map.entry("eins", 1),
            Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6),
            Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10), Map.entry("elf", 11),
            Map.entry("zwölf", 12), Map.entry("dreizehn", 13), Map.entry("vierzehn", 14), Map.entry("fünfzehn", 15),
            Map.entry("sechzehn", 16), Map.entry("siebzehn", 17), Map.entry("achtzehn", 18), Map.entry("neunzehn", 19),
            Map.entry("zwanzig", 20), Map.entry("dreißig", 30), Map.entry("vierzig", 40), Map.entry("fünfzig", 50),
            Map.entry("sechzig", 60), Map.entry("siebzig", 70), Map.entry("achtzig", 80), Map.entry("neunzig", 90));

    private static final String EN_WORD = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    /** Scale words all hold "illi" ("billion", "Milliarden"); ENGLISH a currency word, GERMAN a scale word before a currency. */
    private static final GuardedPattern ENGLISH = GuardedPattern.of(
            "(?i)\\b(?:(about|around|roughly|nearly|almost|some|over|more than|up to|at least|close to)\\s+)?"
                    + "(" + EN_WORD + "(?:[- ]" + EN_WORD + ")?(?:\\s+hundred(?:\\s+and\\s+" + EN_WORD + "(?:[- ]" + EN_WORD + ")?)?)?|half a)"
                    + "\\s+(trillion|billion|million)\\s+(?:(u\\.s\\.|us|american|hong kong|hk)\\s+)?(dollars|euros|pounds|yuan|renminbi|yen)\\b",
            Guard.words("illi").and(Guard.words("dollars", "euros", "pounds", "yuan", "renminbi", "yen")));
    private static final GuardedPattern GERMAN = GuardedPattern.of(
            "(?iu)(?<![\\p{L}])(?:(rund|etwa|knapp|fast|mehr als|über|gut|mindestens|bis zu)\\s+)?([a-zäöüß]+)\\s+"
                    + "(Billionen|Billion|Milliarden|Milliarde|Millionen|Million)\\s+" + GermanAmounts.CUR,
            Guard.words("illi").and(Guard.onFolded(NumberWords::scaleBeforeCurrency)));

    private NumberWords() {
    }

    /** How the scale words of GERMAN start, case-folded. */
    private static final String[] GERMAN_SCALES = {"billion", "milliard", "million"};
    /** How the currencies of GermanAmounts.CUR start, case-folded ("US-Dollar", "HK$", "Hongkong-Dollar"). */
    private static final String[] GERMAN_CURRENCY_STARTS = {"us", "dollar", "eur", "€", "$", "pfund", "gbp", "franken", "chf", "yuan",
            "renminbi", "rmb", "yen", "hongkong", "hk"};

    /** Whether the folded text has what every GERMAN match has: a scale word ("Milliarden"), white space, then the start of a currency. */
    static boolean scaleBeforeCurrency(String folded) {
        for (String w : GERMAN_SCALES) {
            for (int i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
                int j = i + w.length();
                while (j < folded.length() && Character.isLetter(folded.charAt(j))) j++;
                int k = j;
                while (k < folded.length() && isSpace(folded.charAt(k))) k++;
                if (k == j) continue;
                for (String c : GERMAN_CURRENCY_STARTS) if (folded.startsWith(c, k)) return true;
            }
        }
        return false;
    }

    /** The chars of {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Adds the amounts written in words in {@code text} to {@code out}, where none is yet. */
    static void find(String text, List<MoneySpan> out) {
        GuardedPattern.Finder m = ENGLISH.finder(text);
        while (m.find()) {
            BigDecimal n = english(m.group(2));
            if (n == null || AmountParser.overlapsAny(out, m.start(), m.end())) continue;
            String scale = m.group(3).toLowerCase(Locale.ROOT);
            BigDecimal v = n.multiply(AmountParser.multiplier(scale));
            String cur = m.group(5).toLowerCase(Locale.ROOT);
            String code = cur.equals("dollars") && m.group(4) != null && m.group(4).toLowerCase(Locale.ROOT).startsWith("h") ? "HKD"
                    : AmountParser.code(cur);
            out.add(new MoneySpan(m.start(), m.end(), Money.of(v, code), m.group(1) != null));
        }
        m = GERMAN.finder(text);
        while (m.find()) {
            BigDecimal n = german(m.group(2).toLowerCase(Locale.ROOT));
            if (n == null || AmountParser.overlapsAny(out, m.start(), m.end())) continue;
            BigDecimal v = n.multiply(GermanAmounts.scale(m.group(3)));
            out.add(new MoneySpan(m.start(), m.end(), Money.of(v, GermanAmounts.currency(m.group(4))), m.group(1) != null));
        }
    }

    /** "two hundred", "twenty-five", "half a"; null when not a number. */
    static BigDecimal english(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim();
        if (w.equals("half a")) return new BigDecimal("0.5");
        int total = 0, cur = 0;
        for (String t : w.split("[\\s-]+")) {
            if (t.equals("and")) continue;
            if (t.equals("hundred")) {
                cur = (cur == 0 ? 1 : cur) * 100;
                continue;
            }
            Integer v = EN.get(t);
            if (v == null) return null;
            cur += v;
        }
        total += cur;
        return total == 0 ? null : BigDecimal.valueOf(total);
    }

    /** "zwei", "zweihundert", "fünfundzwanzig", "eine"; null when not a number word. */
    static BigDecimal german(String w) {
        Integer v = germanInt(w);
        return v == null || v == 0 ? null : BigDecimal.valueOf(v);
    }

    private static Integer germanInt(String w) {
        if (w.isEmpty()) return 0;
        Integer v = DE.get(w);
        if (v != null) return v;
        int h = w.indexOf("hundert");
        if (h >= 0) {
            Integer left = h == 0 ? Integer.valueOf(1) : DE.get(w.substring(0, h).replaceAll("s$", ""));
            Integer right = germanInt(w.substring(h + 7).replaceFirst("^und", ""));
            if (left == null || right == null) return null;
            return left * 100 + right;
        }
        int u = w.indexOf("und");
        if (u > 0) {
            Integer unit = DE.get(w.substring(0, u).replaceAll("s$", ""));
            Integer tens = DE.get(w.substring(u + 3));
            if (unit == null || tens == null || tens < 20) return null;
            return tens + unit;
        }
        return null;
    }

    /** Chinese numerals: "两" 2, "三十" 30, "一百五十" 150, "五千" 5000; null when not one. */
    static BigDecimal chinese(String s) {
        int total = 0, digit = -1;
        for (char c : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两' || c == '兩') d = 2;
            if (d >= 0) {
                digit = d;
                continue;
            }
            int mult = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (mult == 0) return null;
            total += (digit < 0 ? 1 : digit) * mult;
            digit = -1;
        }
        if (digit > 0) total += digit;
        return total == 0 ? null : BigDecimal.valueOf(total);
    }
}
