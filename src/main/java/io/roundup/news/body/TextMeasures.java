package io.roundup.news.body;

import java.util.List;

import io.roundup.news.text.Cjk;
import io.roundup.news.text.TreeWalk;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * How much text there is, as every phase measures it: a CJK character counts three (it carries about
 * a word), commas of every script count as commas, link text is the text inside {@code <a>}.
 */
final class TextMeasures {

    static final Evaluator LINKS = QueryParser.parse("a");

    private TextMeasures() {
    }

    /** Length in characters, where a CJK character counts three. */
    static int effectiveLength(String s) {
        // one per code point, two more per CJK one; nothing below U+1100 is CJK (whitespace never is)
        int len = s.length();
        int n = len;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < Cjk.FIRST) continue;
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                n += Cjk.isCjk(cp) ? 1 : -1; // the pair is one code point
            } else if (Cjk.isCjk(c)) {
                n += 2;
            }
        }
        return n;
    }

    /**
     * effectiveLength(text.trim()) of a text node's normalised text, without building it: jsoup's
     * TextNode.text() turns each run of space, tab, CR, LF, FF and no-break space into one space and
     * drops zero-width spaces and soft hyphens; trim() then cuts characters up to U+0020 at both ends.
     */
    static int trimmedTextLength(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && trimmable(s.charAt(from))) from++;
        while (to > from && trimmable(s.charAt(to - 1))) to--;
        int n = 0;
        boolean lastWhite = false;
        for (int i = from; i < to; ) {
            char c = s.charAt(i);
            if (c > ' ' && c < 160) { // most chars: neither whitespace nor dropped nor CJK
                i++;
                n++;
                lastWhite = false;
                continue;
            }
            if (c < Cjk.FIRST) {
                i++;
                if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
                    if (!lastWhite) n++;
                    lastWhite = true;
                } else if (c != 173) {
                    n++;
                    lastWhite = false;
                }
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 8203) continue;
            n += Cjk.isCjk(cp) ? 3 : 1;
            lastWhite = false;
        }
        return n;
    }

    /** Characters that vanish at the ends of a normalised, trimmed text node. */
    private static boolean trimmable(char c) {
        return c <= ' ' || c == 160 || c == 173 || c == 8203;
    }

    /** Commas, full-width commas and ideographic enumeration commas. */
    static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、') n++;
        }
        return n;
    }

    /** The share of e's text (of effective length {@code total}) inside links, at most 1. */
    static double linkDensity(Element e, int total) {
        if (total == 0) return 0;
        return linkDensity(TreeWalk.select(e, LINKS), total);
    }

    /** The share of a text of effective length {@code total} inside these links, at most 1. */
    static double linkDensity(List<Element> links, int total) {
        if (total == 0) return 0;
        int link = 0;
        for (Element a : links) link += effectiveLength(a.text());
        return Math.min(1.0, (double) link / total);
    }

    /** True when s holds one of the needles; the word lists of the phases are asked this way. */
    static boolean containsAny(String s, String[] needles) {
        for (String x : needles) if (s.contains(x)) return true;
        return false;
    }
}
