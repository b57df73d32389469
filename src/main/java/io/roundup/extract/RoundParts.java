package io.roundup.extract;

import io.roundup.extract.AmountRoles.RoledMoney;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one company's part of a clause tells several rounds: "raised $50 million in a 2021 Series A and $200 million in
 * a Series B last year", "2023年完成2亿元A轮融资、2024年完成5亿元B轮融资". The part is cut between two amounts at the
 * last "and", "then", comma or semicolon, when every piece holds a round label or a time of its own; a conversion
 * ("€189 million, or about $215 million"), a list of investors' slices or one round told twice is not cut.
 */
final class RoundParts {

    private static final Pattern SEPARATOR = Pattern.compile(
            ",?\\s+(?:and|then|followed by|before|after|plus)\\s+|;\\s*|；|，|、|,\\s+|\\s+und\\s+|\\s+sowie\\s+");
    /** Words between two figures that make the second a conversion of the first. */
    private static final Pattern CONVERSION = Pattern.compile(
            "(?i)^\\s*(?:,\\s*)?(?:or|i\\.e\\.|equivalent to|worth|umgerechnet|rund|also|约合|折合|合|即)\\b|^\\s*(?:,\\s*)?(?:约合|折合|合计|即)");
    /** A time of a round's own: a year, a month, "last year", "two years ago", "2023年". */
    private static final Pattern TIME = Pattern.compile(
            "(?i)\\b(?:19|20)\\d{2}\\b|\\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "last (?:year|month|spring|summer|autumn|fall|winter)|earlier (?:this|that) year|(?:a|one|two|three|four|five|six|\\d+) (?:years?|months?) (?:ago|later|earlier)|"
                    + "januar|februar|märz|juni|juli|oktober|dezember|vorjahr|letzten jahr)\\b|\\d{4}\\s?年|\\d{1,2}\\s?月|去年|前年|今年|同年|次年");

    private RoundParts() {
    }

    /** The pieces of {@code clause[segStart, segEnd)} that each tell one round, as {start, end}; one piece when it tells one. */
    static List<int[]> of(String clause, List<RoledMoney> money, int segStart, int segEnd) {
        List<int[]> whole = List.of(new int[]{segStart, segEnd});
        List<AmountParser.MoneySpan> amounts = new ArrayList<>();
        for (RoledMoney rm : money) {
            int s = rm.span().start();
            if (s < segStart || s >= segEnd || rm.role() != AmountRoles.Role.AMOUNT || DateResolver.insideBrackets(clause, s)) continue;
            amounts.add(rm.span());
        }
        if (amounts.size() < 2) return whole;
        List<int[]> out = new ArrayList<>();
        int from = segStart;
        for (int k = 0; k + 1 < amounts.size(); k++) {
            AmountParser.MoneySpan a = amounts.get(k), b = amounts.get(k + 1);
            if (a.money().amount().compareTo(b.money().amount()) == 0 && a.money().currency().equals(b.money().currency())) return whole;
            String between = clause.substring(a.end(), b.start());
            if (CONVERSION.matcher(between).find()) return whole;
            int cut = -1;
            Matcher m = SEPARATOR.matcher(between);
            while (m.find()) cut = a.end() + m.start();
            if (cut < 0) return whole;
            out.add(new int[]{from, cut});
            from = cut;
        }
        out.add(new int[]{from, segEnd});
        for (int[] p : out) {
            String piece = clause.substring(p[0], p[1]);
            if (RoundLabels.of(piece) == null && !TIME.matcher(piece).find()) return whole;
        }
        return out;
    }
}
