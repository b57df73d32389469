package io.roundup.extract;

import io.roundup.domain.Money;
import io.roundup.extract.AmountParser.MoneySpan;

import java.math.BigDecimal;
import java.util.List;

/**
 * German money expressions: a decimal comma and a dot for thousands ("1,7 Mrd. Euro", "1.500 Mio.
 * Euro"), German scale words ("Milliarden", "Mrd.", "Millionen", "Mio."; "Billion(en)" is 10^12) and
 * currency words ("Euro", "US-Dollar", "Franken"), with or without a sign before the number ("€ 600
 * Mio."), and hedges ("rund", "etwa", "knapp", "mehr als", "über"). Numbers written as words ("zwei
 * Milliarden Euro") are read by {@link NumberWords}.
 */
final class GermanAmounts {

    static final String HEDGE = "(?:(rund|etwa|ca\\.|circa|zirka|knapp|fast|beinahe|mehr als|über|gut|mindestens|bis zu|annähernd|nahezu|insgesamt rund)\\s+)?";
    /** "1.500" thousands, "1,7" decimal comma, "1.7" a decimal point written in a German text, or a plain integer. */
    static final String NUM = "(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+|\\d+\\.\\d{1,2}(?!\\d)|\\d+)";
    static final String UNIT = "(Billionen|Billion|Milliarden|Milliarde|Mrd\\.?|Millionen|Million|Mio\\.?|Tausend|Tsd\\.?)";
    static final String CUR = "(US-Dollar|US-\\$|Dollar|Euro|EUR|€|USD|US\\$|\\$|Pfund|GBP|Franken|CHF|Yuan|Renminbi|RMB|Yen|Hongkong-Dollar|HK-Dollar|HK\\$)(?![\\w-])";
    /** Both patterns need a digit and a scale word as written. */
    private static final Guard SCALE_AND_DIGIT = Guard.digit().and(Guard.wordsAsWritten("Billion", "Milliard", "Mrd", "Million", "Mio", "Tausend", "Tsd"));
    private static final GuardedPattern SUFFIX = GuardedPattern.of(HEDGE + NUM + "\\s?" + UNIT + "\\s?" + CUR, SCALE_AND_DIGIT);
    private static final GuardedPattern PREFIX = GuardedPattern.of(HEDGE + "(€|EUR|US\\$|USD|\\$|CHF)\\s?" + NUM + "\\s?(Milliarden|Mrd\\.?|Millionen|Mio\\.?)(?!\\w)",
            SCALE_AND_DIGIT);

    private GermanAmounts() {
    }

    static void find(String text, List<MoneySpan> out) {
        GuardedPattern.Finder m = SUFFIX.finder(text);
        while (m.find()) {
            String unit = m.group(3), cur = m.group(4);
            if (unit.startsWith("Billion") && cur.matches("Yuan|Renminbi|RMB|Yen")) continue; // "2 Billion Yuan": an English headline
            add(out, m.start(), m.end(), m.group(2), unit, cur, m.group(1) != null);
        }
        m = PREFIX.finder(text);
        while (m.find()) add(out, m.start(), m.end(), m.group(3), m.group(4), m.group(2), m.group(1) != null);
    }

    private static void add(List<MoneySpan> out, int s, int e, String num, String unit, String cur, boolean hedged) {
        if (AmountParser.overlapsAny(out, s, e)) return;
        BigDecimal v = number(num).multiply(scale(unit));
        out.add(new MoneySpan(s, e, Money.of(v, currency(cur)), hedged));
    }

    /** German number: "1.500" is fifteen hundred, "1,7" one point seven. */
    static BigDecimal number(String s) {
        if (s.matches("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?")) return new BigDecimal(s.replace(".", "").replace(',', '.'));
        return new BigDecimal(s.replace(',', '.'));
    }

    static BigDecimal scale(String unit) {
        String u = unit.replace(".", "");
        if (u.startsWith("Billion")) return BigDecimal.TEN.pow(12);
        if (u.startsWith("Milliard") || u.equals("Mrd")) return BigDecimal.TEN.pow(9);
        if (u.startsWith("Million") || u.equals("Mio")) return BigDecimal.TEN.pow(6);
        if (u.startsWith("Tausend") || u.equals("Tsd")) return BigDecimal.TEN.pow(3);
        return BigDecimal.ONE;
    }

    static String currency(String cur) {
        return switch (cur) {
            case "US-Dollar", "US-$", "Dollar", "USD", "US$", "$" -> "USD";
            case "Euro", "EUR", "€" -> "EUR";
            case "Pfund", "GBP" -> "GBP";
            case "Franken", "CHF" -> "CHF";
            case "Yuan", "Renminbi", "RMB" -> "CNY";
            case "Yen" -> "JPY";
            default -> "HKD";
        };
    }
}
