package io.roundup.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what scrapers do to article text before the rules read it: Markdown links keep their words but lose their
 * addresses (a URL such as {@code /acme-raises-50m} holds figures that are not in the prose), Markdown marks and bare
 * URLs go, and words glued where a link or tag was stripped ("hasraised $20 million,led by", "the startupAcme",
 * "Mistral AIhas", "led byAndreessen") get their space back. Text without any of these comes back as the same
 * instance.
 */
final class ScrapedText {

    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,300}\\]\\([^)\\s]*\\)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]{0,300})\\]\\((?:https?://|/|www\\.)[^)\\s]*\\)");
    /** "**Figure** remains", "## Apptronik: $520M": emphasis and heading marks around words. */
    private static final Pattern MARKDOWN_MARKS = Pattern.compile("\\*\\*|__|(?m)^#{1,6}\\s+");
    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"“”）)]+");
    /** ",led by" and ";the": punctuation glued to the next word (the mark first: the engine skips to it). */
    private static final Pattern GLUED_PUNCT = Pattern.compile("[,;](?<=[a-z%)][,;])(?=[A-Za-z]{2})");
    /** "million.The company": a full stop glued to the next sentence (not "Z.ai", "X.AI" or "4.5"). */
    private static final Pattern GLUED_STOP = Pattern.compile("\\.(?<=(?:[a-z]{3}|\\d)\\.)(?=[A-Z][a-z]{2})");
    /** Hong Kong pages often use ASCII ",;:" between Chinese characters: the Chinese rules read full-width ones. */
    private static final Pattern ASCII_PUNCT_IN_HAN = Pattern.compile("([,;:])(?<=\\p{IsHan}[)）]?[,;:])(?=\\s?[\\p{IsHan}\\d「“(（])");

    /** Auxiliaries and pronouns that a stripped link glues to the verb after them ("hasraised", "itacquired"). */
    private static final String[] GLUED_HEADS = {"has", "had", "have", "was", "were", "is", "are", "will", "it", "and", "which", "who",
            "also", "then"};
    /** Verbs of financing news that such a head is glued to. */
    private static final Set<String> GLUED_VERBS = Set.of("raised", "raises", "secured", "secures", "closed", "closes", "completed",
            "announced", "acquired", "acquires", "bought", "buys", "led", "filed", "priced", "received", "landed", "agreed", "signed",
            "invested", "plans", "raising");
    /** Words glued after the capitals of a name ("Mistral AIhas closed"). */
    private static final Set<String> AFTER_CAPS = Set.of("has", "had", "have", "is", "was", "were", "said", "says", "raised", "raises",
            "closed", "secured", "announced", "acquired", "agreed", "filed", "plans", "will");
    /** Function words glued to the name after them ("led byAndreessen", "includingDST Global"). */
    private static final Set<String> BEFORE_NAME = Set.of("by", "from", "with", "including", "includes", "and", "led", "for", "of", "at",
            "to", "as", "like", "via");

    private ScrapedText() {
    }

    static String clean(String text) {
        if (text == null || text.isEmpty()) return text;
        String s = text;
        if (s.indexOf("](") >= 0) {
            s = MARKDOWN_IMAGE.matcher(s).replaceAll("");
            s = MARKDOWN_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (s.indexOf("**") >= 0 || s.indexOf("__") >= 0 || s.indexOf('#') >= 0) s = MARKDOWN_MARKS.matcher(s).replaceAll("");
        if (s.contains("://") || s.contains("www.")) s = URL.matcher(s).replaceAll("");
        s = GLUED_PUNCT.matcher(s).replaceAll("$0 ");
        s = GLUED_STOP.matcher(s).replaceAll(". ");
        s = gluedWords(s);
        if (Prefilter.hasCjk(s)) s = ASCII_PUNCT_IN_HAN.matcher(s).replaceAll(m -> switch (m.group(1)) {
            case "," -> "，";
            case ";" -> "；";
            default -> "：";
        });
        return s.equals(text) ? text : s;
    }

    /** The text with a space put back inside every glued word of Latin letters; the same instance when none is glued. */
    static String gluedWords(String s) {
        StringBuilder out = null;
        int copied = 0;
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (!latin(s.charAt(i)) || i > 0 && latin(s.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && latin(s.charAt(j))) j++;
            int cut = j - i < 4 ? 0 : cut(s, i, j);
            if (cut > 0) {
                if (out == null) out = new StringBuilder(n + 16);
                out.append(s, copied, i + cut).append(' ');
                copied = i + cut;
            }
            i = j;
        }
        if (out == null) return s;
        return out.append(s, copied, n).toString();
    }

    private static boolean latin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Where the word s[i, j) of Latin letters should be cut in two (an offset from i), or 0. */
    private static int cut(String s, int i, int j) {
        int len = j - i;
        int inner = i + 1;
        while (inner < j && !Character.isUpperCase(s.charAt(inner))) inner++;
        if (inner == j) {
            // all lower case but maybe the first letter: "hasraised", "Itacquired"
            if (len < 6) return 0;
            for (String head : GLUED_HEADS) {
                int h = head.length();
                if (s.regionMatches(true, i, head, 0, h) && GLUED_VERBS.contains(s.substring(i + h, j).toLowerCase(Locale.ROOT))) return h;
            }
            return 0;
        }
        int lowers = 0;
        while (lowers < len && Character.isLowerCase(s.charAt(i + lowers))) lowers++;
        if (lowers >= 1 && lowers < len && Character.isUpperCase(s.charAt(i + lowers))) {
            // "byAndreessen", "includingDST": a function word before a capital
            if (len - lowers >= 2 && BEFORE_NAME.contains(s.substring(i, i + lowers))) return lowers;
            // "startupAcme": a lower-case word of four letters or more before a capitalised one
            if (lowers >= 4 && lowers + 2 < len && Character.isLowerCase(s.charAt(i + lowers + 1))
                    && Character.isLowerCase(s.charAt(i + lowers + 2))) return lowers;
            return 0;
        }
        // "AIhas": capitals, then a word that follows names
        int caps = 0;
        while (caps < len && Character.isUpperCase(s.charAt(i + caps))) caps++;
        if (caps >= 2 && caps < len && len - caps <= 9 && AFTER_CAPS.contains(s.substring(i + caps, j))) return caps;
        return 0;
    }
}
