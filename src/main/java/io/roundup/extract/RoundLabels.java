package io.roundup.extract;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The round label of a clause: "Series C", "Series B+", "Series A1", "Series B-2", "Seed", "pre-seed",
 * "Pre-A", "Pre-IPO", "angel", "Strategic", and the Chinese "A轮", "天使轮", "战略融资". An extension of a round
 * is a round of its own and keeps the word ("Series B extension", "a $100 million extension of its Series
 * B", "extended its Series B"), so it is not mistaken for, or merged with, the round it extends.
 */
final class RoundLabels {

    /**
     * Every alternative holds one of its words, case-folded: "Series"/"Serie", "-Runde"/"-runde", "Seed-"/"Pre-",
     * "round", "轮", "战略", "strategic"; the first stands at most 17 chars into a match ("B+-Finanzierungsrunde": "unde").
     */
    private static final GuardedPattern ROUND = GuardedPattern.of(
            "(?-i:\\b(?:Series|Serie)[- ]([A-Z](?:\\+|-?\\d(?!\\d))?)(?:-\\p{L}+)?(?![\\w+]))|(?-i:(?<![\\p{L}-])([A-Z]\\+?)-(?:Finanzierungs)?[Rr]unde)|(?i:\\b(Seed|Pre-Seed|Pre-IPO)-\\p{L}+)|"
                    + "(?-i:\\b(Series [A-Z](?:\\+|\\d)?)(?![\\w+]))|(?i:\\b(pre-seed|seed|angel|pre-ipo)\\s+(?:round|funding|financing)\\b)|(?-i:\\b(Pre-[A-Z]\\+?)\\b)"
                    + "|(?-i:\\b([A-Z]\\+?)[ -]round\\b)|([A-Z]\\+?\\d?|天使|种子|Pre-[A-Z]\\+?|Pre-IPO)\\s?轮|(战略融资|战略投资|(?i:strategic (?:round|investment|funding|financing)))",
            Guard.words("serie", "unde", "seed", "pre-", "angel", "round", "轮", "战略", "strategic"), 17);

    /** "Series B extension", "Series B round extension", "Series-B-Erweiterung": the word right after the label. */
    private static final Pattern EXTENSION_AFTER = Pattern.compile(
            "(?iu)^(?:[- ](?:funding |financing |equity |investment )?(?:round |runde |finanzierungsrunde )?|-)(?:extension|top-up|erweiterung|aufstockung)(?![\\p{L}])");
    /** "an extension of its Series B", "a top-up to the Series C round", "extended its Series B", "Erweiterung der Series-B-Runde". */
    private static final Pattern EXTENSION_BEFORE = Pattern.compile(
            "(?iu)(?:\\b(?:extension|top-up)\\s+(?:of|to)\\s+|\\bextend(?:s|ed|ing)?\\s+|(?<![\\p{L}])(?:erweiterung|aufstockung)\\s+)"
                    + "(?:(?:its|the|their|this|that|a|an|der|ihrer|seiner|einer|last)\\s+)?(?:[\\p{L}\\d.-]+['’]s\\s+)?(?:(?:previous|earlier|existing|recent|vorherigen|bisherigen)\\s+)?(?:Finanzierungsrunde\\s+der\\s+)?$");
    /** The suffix glued to a German label ("Series-B-Erweiterung"). */
    private static final Pattern GLUED_EXTENSION = Pattern.compile("(?iu)-(?:erweiterung|aufstockung|extension)");

    private RoundLabels() {
    }

    /** The round label of a clause, or null. */
    static String of(String clause) {
        GuardedPattern.Finder m = ROUND.finder(clause);
        if (!m.find()) return null;
        String label = base(m);
        if (label.startsWith("Series ") && isExtension(clause, m)) label += " extension";
        return label;
    }

    private static boolean isExtension(String clause, MatchResult m) {
        String written = m.group();
        if (GLUED_EXTENSION.matcher(written).find()) return true;
        if (EXTENSION_AFTER.matcher(clause.substring(m.end())).find()) return true;
        return EXTENSION_BEFORE.matcher(clause.substring(Math.max(0, m.start() - 60), m.start())).find();
    }

    private static String base(MatchResult m) {
        if (m.group(1) != null) return "Series " + m.group(1);
        if (m.group(2) != null) return "Series " + m.group(2);
        if (m.group(3) != null) return m.group(3).equalsIgnoreCase("seed") ? "Seed" : m.group(3);
        if (m.group(4) != null) return m.group(4);
        if (m.group(5) != null) return m.group(5).toLowerCase();
        if (m.group(6) != null) return m.group(6);
        if (m.group(7) != null) return "Series " + m.group(7);
        if (m.group(9) != null) return "Strategic";
        String g = m.group(8);
        return g.equals("天使") ? "angel" : g.equals("种子") ? "seed" : g.startsWith("Pre") ? g : "Series " + g;
    }
}
