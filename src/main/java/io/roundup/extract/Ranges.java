package io.roundup.extract;

import io.roundup.extract.AmountParser.MoneySpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Money ranges. Convention (documented for the labels): a range ("$1 billion to $2 billion",
 * "between $1bn and $2bn", "HK$10-12 a share", "10亿至20亿元", "1 bis 2 Milliarden Euro") is not an
 * amount, a valuation or an offer price; its figures are flagged {@code range} and
 * {@link AmountRoles} gives them no role. "From $60 billion to $100 billion" is a change, not a range.
 */
final class Ranges {

    private static final Pattern DASH_GAP = Pattern.compile("^\\s*(?:-|–|—|~|～|至|到|bis)\\s*$");
    private static final Pattern TO_GAP = Pattern.compile("^\\s*(?:to|and|und)\\s*$");
    private static final Pattern BETWEEN = Pattern.compile("(?i)(?:between|zwischen|von|介于|在)\\s*$");
    private static final Pattern FROM = Pattern.compile("(?i)\\b(?:from|up from|down from|von)\\s+$");
    /** A bare number right before: "$1-2 billion" leaves "2 billion"; "10亿至20亿元". */
    private static final Pattern BARE_BEFORE = Pattern.compile("(?i)\\d[\\d.,]*\\s?(?:bn|billion|million|m|b|亿|億|万|萬|mrd\\.?|mio\\.?|milliarden|millionen)?\\s?(?:-|–|~|～|至|到|bis)\\s?$");
    /** A bare number right after: "HK$10-12", "$1 to 2 billion". */
    private static final Pattern BARE_AFTER = Pattern.compile("^\\s?(?:-|–|~|～|至|到|bis)\\s?(?:[A-Z]{0,2}\\$|€|£)?\\d");

    private Ranges() {
    }

    static List<MoneySpan> mark(String text, List<MoneySpan> spans) {
        boolean[] range = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            MoneySpan s = spans.get(i);
            String before = text.substring(Math.max(0, s.start() - 25), s.start());
            String after = text.substring(s.end(), Math.min(text.length(), s.end() + 12));
            if (BARE_BEFORE.matcher(before).find()) range[i] = true;
            if (BARE_AFTER.matcher(after).find()) range[i] = true;
            if (i + 1 < spans.size()) {
                MoneySpan n = spans.get(i + 1);
                String gap = text.substring(s.end(), n.start());
                String lead = text.substring(Math.max(0, s.start() - 12), s.start());
                boolean dash = DASH_GAP.matcher(gap).matches() && !FROM.matcher(lead).find();
                boolean to = TO_GAP.matcher(gap).matches() && (BETWEEN.matcher(lead).find()
                        || gap.trim().equalsIgnoreCase("to") && !FROM.matcher(lead).find() && !lead.matches("(?s).*\\b(?:at|valuation of|valued at)\\s*$")
                        && sameCurrency(s, n));
                if (dash || to) range[i] = range[i + 1] = true;
            }
        }
        List<MoneySpan> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            MoneySpan s = spans.get(i);
            out.add(range[i] ? new MoneySpan(s.start(), s.end(), s.money(), s.approximate(), true) : s);
        }
        return out;
    }

    private static boolean sameCurrency(MoneySpan a, MoneySpan b) {
        return a.money().currencyCode().equals(b.money().currencyCode());
    }
}
