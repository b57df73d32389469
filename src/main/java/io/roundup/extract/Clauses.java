package io.roundup.extract;

import io.roundup.extract.TriggerLexicon.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Where a sentence divides into clauses that each tell their own event, and which lines are not prose at all. */
final class Clauses {

    /** Every break needs a semicolon, a Chinese comma, "while", or a comma before "but", "and", "whereas" or "then". */
    private static final GuardedPattern CLAUSE_BREAK = GuardedPattern.of(
            ";|；|,\\s+(?=(?:and\\s+)?then\\s+[a-z])|,\\s+while\\s+|,\\s+whereas\\s+|\\s+while\\s+(?=[A-Z])|,\\s+but\\s+|,\\s+and\\s+(?=[A-Z][\\w.]*\\s+(?:has|have|had|is|was|raised|secured|closed|completed|announced|said|plans|will|also)\\b)"
                    // "X于2023年4月完成A轮融资，同年7月完成B轮融资": a Chinese comma before another completed round
                    + "|，(?=[^，。；]{0,14}?(?:完成|获得|获|再获|又获)[^，。；]{0,12}?[\\d一二两三四五六七八九十][^，。；]{0,8}?(?:元|美元|港元|欧元|日元))",
            Guard.wordsAsWritten(";", "；", "，", "while").or(Guard.wordsAsWritten(",").and(Guard.wordsAsWritten("but", "and", "whereas", "then"))));
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BOX_LABEL = Pattern.compile(
            "(?i)^(?:read more|related(?: stories| articles| coverage)?|see also|also read|more from|recommended|most popular|most read|trending|sponsored|advertisement|watch|listen|photo|image|"
                    + "mehr zum thema|lesen sie auch|weitere artikel|das könnte sie auch interessieren)\\b\\s*[:|-]?"
                    // Chinese boxes of related stories ("相关新闻 ›", "延伸阅读："), read after the traditional-to-simplified step
                    + "|^(?:相关新闻|相关阅读|相关文章|相关报道|延伸阅读|推荐阅读|热门文章|热门新闻|更多新闻|猜你喜欢)");

    /** "BEIJING, July 26, 2024 (ChinaVC News) — ": a dateline gives the publication day, not the event's. */
    static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][A-Za-z .'-]{1,30},\\s+)?(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} [A-Z][a-z]{2,8} \\d{4}|\\d{4}-\\d{2}-\\d{2})"
                    + "\\s*(?:\\([^)]{1,40}\\)|/[^/]{1,40}/)?\\s*(?:—|–|--|-|:)\\s*");

    private Clauses() {
    }

    /** The clauses of a sentence as {start, end} pairs; breaks inside brackets do not count. */
    static List<int[]> clauses(String text) {
        List<int[]> out = new ArrayList<>();
        GuardedPattern.Finder m = CLAUSE_BREAK.finder(text);
        int start = 0;
        while (m.find()) {
            if (DateResolver.insideBrackets(text, m.start())) continue;
            if (m.start() > start) out.add(new int[]{start, m.start()});
            start = m.end();
        }
        if (start < text.length()) out.add(new int[]{start, text.length()});
        return out;
    }

    /** The part of a clause between the commas around a trigger. */
    static String commaSegment(String clause, Trigger t) {
        int from = Math.max(clause.lastIndexOf(',', t.start()), clause.lastIndexOf('，', t.start())) + 1;
        int to = clause.length();
        for (int i = t.end(); i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c == ',' || c == '，') {
                to = i;
                break;
            }
        }
        return clause.substring(from, to);
    }

    /** A title-case line without a full stop: a headline, caption or teaser, not article prose. */
    static boolean isHeadline(String text) {
        String t = text.trim();
        if (t.isEmpty()) return false;
        if (BOX_LABEL.matcher(t).find()) return true;
        char last = t.charAt(t.length() - 1);
        if (".!?。！？\"”’')）:;".indexOf(last) >= 0) return false;
        String[] words = WHITESPACE.split(t);
        // a short line without a full stop is a link, caption or teaser, not prose
        if (words.length < 16 && !CompanyNames.containsHan(t)) return true;
        if (words.length < 3) return false;
        int caps = 0, letters = 0;
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            letters++;
            if (Character.isUpperCase(w.charAt(0))) caps++;
        }
        return letters > 0 && caps >= 0.6 * letters;
    }
}
