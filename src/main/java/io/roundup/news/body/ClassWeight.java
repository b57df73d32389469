package io.roundup.news.body;

import java.util.Locale;

import org.jsoup.nodes.Element;

/**
 * What an element's class, id and itemprop say for or against it being the article, Readability's
 * way: -25 for a boilerplate word in the class, -25 in the id, +25 for an article word in either, +25
 * for itemprop articleBody or text.
 */
final class ClassWeight {

    /** Class/id words that mark the article proper; they protect nothing, they only raise the score. */
    private static final String[] POSITIVE = {
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
            "story", "paragraph", "prose"};
    /** Class/id substrings that lower the score; "hid" counts only as a whole space-separated word, see {@link #negative}. */
    private static final String[] NEGATIVE = {
            "-ad-", "hidden", " hid ", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote",
            "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
            "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "caption", "credit", "byline",
            "author", "newsletter", "social", "recommend"};

    private ClassWeight() {
    }

    static int of(Element e) {
        int w = 0;
        String cls = e.className().toLowerCase(Locale.ROOT);
        String id = e.id().toLowerCase(Locale.ROOT);
        if (!cls.isEmpty()) {
            if (negative(cls)) w -= 25;
            if (TextMeasures.containsAny(cls, POSITIVE)) w += 25;
        }
        if (!id.isEmpty()) {
            if (negative(id)) w -= 25;
            if (TextMeasures.containsAny(id, POSITIVE)) w += 25;
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) w += 25;
        return w;
    }

    /**
     * The negative class/id words; "hid" only as a whole word: the string, its first word (followed
     * by a space), its last word, or a middle word. "At the end" allows one final line terminator,
     * as the regex anchor $ does, which the reference in the tests uses.
     */
    private static boolean negative(String s) {
        if (TextMeasures.containsAny(s, NEGATIVE)) return true;
        if (s.startsWith("hid") && (s.startsWith("hid ") || atEnd(s, 3))) return true;
        for (int end = s.length(); end >= s.length() - 2 && end >= 4; end--) {
            if (s.startsWith(" hid", end - 4) && atEnd(s, end)) return true;
        }
        return false;
    }

    /** Where java.util.regex's $ (no MULTILINE) matches after a letter: the end, or before a final line terminator. */
    private static boolean atEnd(String s, int i) {
        int rest = s.length() - i;
        if (rest == 0) return true;
        if (rest == 2) return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        if (rest != 1) return false;
        char c = s.charAt(i);
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
