package io.roundup.rounds;

import io.roundup.csv.CurrencySymbols;
import io.roundup.csv.Decimals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts as analysts type them: {@code 600,000,000}, {@code 1.7bn}, {@code $6.6B}, {@code €1.7 billion},
 * {@code US$600m}, {@code USD 1.5 billion}, {@code 5亿}, {@code 5亿元}, {@code 10亿美元}, {@code 3千万},
 * {@code 1,7 Mrd. €} (in {@code ;} files), {@code 250k}.
 *
 * <p>Multipliers (case-insensitive, after the number): {@code k}/{@code thousand} 10³, {@code m}/{@code mm}/{@code mn}/
 * {@code mio}/{@code million} 10⁶, {@code b}/{@code bn}/{@code bln}/{@code billion}/{@code mrd}/{@code milliard} 10⁹,
 * {@code t}/{@code tn}/{@code trillion} 10¹², and the Chinese {@code 千} 10³, {@code 万} 10⁴, {@code 百万} 10⁶,
 * {@code 千万} 10⁷, {@code 亿} 10⁸, {@code 十亿} 10⁹, {@code 万亿} 10¹².
 *
 * <p>Currencies (before or after the number): ISO codes, symbols and words as {@link CurrencySymbols} reads them
 * ({@code $} and {@code US$} USD, {@code HK$} HKD, {@code €} EUR, {@code RMB}/{@code 元}/{@code 人民币} CNY, {@code 港元} HKD,
 * {@code 日元}/{@code yen} JPY, ...). A bare {@code ¥}/{@code ￥} is yuan or yen: it is accepted only when the
 * currency column names one of the two.
 */
final class RoundAmounts {

    /**
     * What a cell holds: an amount with the currency it names (null when it names none), or an error, which
     * {@code currencyUnknown} tells apart from an unreadable amount.
     */
    record Amount(BigDecimal value, Currency currency, boolean yenSign, String error, boolean currencyUnknown) {
        static Amount error(String e) {
            return new Amount(null, null, false, e, false);
        }

        static Amount unknownCurrency(String e) {
            return new Amount(null, null, false, e, true);
        }
    }

    private static final Map<String, BigDecimal> MULTIPLIERS = new LinkedHashMap<>();

    static {
        mult("万亿", "1e12");
        mult("十亿", "1e9");
        mult("千万", "1e7");
        mult("百万", "1e6");
        mult("亿", "1e8");
        mult("万", "1e4");
        mult("千", "1e3");
        mult("trillion", "1e12");
        mult("tn", "1e12");
        mult("billion", "1e9");
        mult("milliarden", "1e9");
        mult("milliard", "1e9");
        mult("mrd.", "1e9");
        mult("mrd", "1e9");
        mult("bln", "1e9");
        mult("bn", "1e9");
        mult("million", "1e6");
        mult("millionen", "1e6");
        mult("mio.", "1e6");
        mult("mio", "1e6");
        mult("mln", "1e6");
        mult("mn", "1e6");
        mult("mm", "1e6");
        mult("thousand", "1e3");
        mult("t", "1e12");
        mult("b", "1e9");
        mult("m", "1e6");
        mult("k", "1e3");
    }

    private static void mult(String word, String value) {
        MULTIPLIERS.put(word, new BigDecimal(value));
    }

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,'\u00A0\u202F ]*");
    private static final Pattern EMPTY = Pattern.compile("(?i)|-|–|—|n/?a|undisclosed|not disclosed|unknown|未披露|未透露");

    private RoundAmounts() {
    }

    /** True for a cell that says there is no amount (empty, {@code undisclosed}, {@code n/a}, {@code -}). */
    static boolean isEmpty(String cell) {
        return EMPTY.matcher(cell.strip()).matches();
    }

    static Amount parse(String cell, boolean decimalComma) {
        String t = cell.strip().replace('\u00A0', ' ');
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("\u2212")) {
            negative = true;
            t = t.substring(1).strip();
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.find()) return Amount.error("no number");
        String num = m.group();
        // a trailing separator or space belongs to the text that follows ("1.7 billion", "5, ")
        while (!num.isEmpty() && !Character.isDigit(num.charAt(num.length() - 1))) num = num.substring(0, num.length() - 1);
        String prefix = t.substring(0, m.start()).strip();
        String suffix = t.substring(m.start() + num.length()).strip();
        if (prefix.startsWith("-") || prefix.startsWith("\u2212")) {
            negative = true;
            prefix = prefix.substring(1).strip();
        }
        BigDecimal value = Decimals.parse(num, decimalComma);
        if (value == null) return Amount.error("unreadable number '" + num + "'");
        String lower = suffix.toLowerCase(Locale.ROOT);
        BigDecimal factor = BigDecimal.ONE;
        boolean more = true;
        while (more) {
            more = false;
            for (Map.Entry<String, BigDecimal> e : MULTIPLIERS.entrySet()) {
                String w = e.getKey();
                if (!lower.startsWith(w)) continue;
                boolean latin = Character.isLetter(w.charAt(0)) && w.charAt(0) < 0x3000;
                if (latin && lower.length() > w.length() && Character.isLetter(lower.charAt(w.length()))
                        && !(lower.charAt(w.length()) >= 0x3000)) continue; // "m" of "meur" is no multiplier
                factor = factor.multiply(e.getValue());
                suffix = suffix.substring(w.length()).strip();
                lower = suffix.toLowerCase(Locale.ROOT);
                more = !latin; // 亿 may follow 万 (万亿 is listed, but "1千亿" is 千 then 亿)
                break;
            }
        }
        Currency before = null, after = null;
        boolean yen = false;
        if (!prefix.isEmpty()) {
            if (isYenSign(prefix)) yen = true;
            else if ((before = currency(prefix)) == null) return Amount.unknownCurrency("unknown currency '" + prefix + "'");
        }
        if (!suffix.isEmpty()) {
            if (isYenSign(suffix)) yen = true;
            else if ((after = currency(suffix)) == null) return Amount.error("unreadable text after the number: '" + suffix + "'");
        }
        if (before != null && after != null && !before.equals(after)) {
            return Amount.error("two currencies, '" + prefix + "' and '" + suffix + "'");
        }
        BigDecimal amount = value.multiply(factor).stripTrailingZeros();
        if (amount.scale() < 0) amount = amount.setScale(0);
        if (negative) amount = amount.negate();
        return new Amount(amount, before != null ? before : after, yen, null, false);
    }

    static boolean isYenSign(String s) {
        return CurrencySymbols.isYenSign(s);
    }

    /**
     * An ISO code or a currency word or symbol, spaces inside it folded and a final abbreviation point
     * dropped ({@code EUR.}); null when unknown, also for a bare ¥, which the currency column decides.
     */
    static Currency currency(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        return CurrencySymbols.resolve(t, null);
    }
}
