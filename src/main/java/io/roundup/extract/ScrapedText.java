package io.roundup.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what scrapers do to article text before the rules read it: Markdown links keep their words but lose their
 * addresses (a URL such as {@code /acme-raises-50m} holds figures that are not in the prose), bare URLs go, and words
 * glued where a link or tag was stripped ("hasraised $20 million,led by", "the startupAcme") get their space back.
 * Text without any of these comes back as the same instance.
 */
final class ScrapedText {

    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,300}\\]\\([^)\\s]*\\)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]{0,300})\\]\\((?:https?://|/|www\\.)[^)\\s]*\\)");
    /** "**Figure** remains", "## Apptronik: $520M": emphasis and heading marks around words. */
    private static final Pattern MARKDOWN_MARKS = Pattern.compile("\\*\\*|__|(?m)^#{1,6}\\s+");
    /** "Mistral AIhas closed": an auxiliary glued to the capitals of a name. */
    private static final Pattern GLUED_AFTER_CAPS = Pattern.compile(
            "(?<=[A-Z]{2})(?=(?:has|had|have|is|was|were|said|says|raised|raises|closed|secured|announced|acquired|agreed|filed|plans|will)\\b)");
    /** "led byAndreessen", "includingDST Global": a function word glued to the name after it. */
    private static final Pattern GLUED_BEFORE_NAME = Pattern.compile(
            "\\b(by|from|with|including|includes|and|led|for|of|at|to|as|like|via)(?=[A-Z][A-Za-z])");
    /** Hong Kong pages often use ASCII ",;:" between Chinese characters: the Chinese rules read full-width ones. */
    private static final Pattern ASCII_PUNCT_IN_HAN = Pattern.compile("(?<=\\p{IsHan}[)）]?)([,;:])(?=\\s?[\\p{IsHan}\\d「“(（])");
    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"“”）)]+");
    /** ",led by" and ";the": punctuation glued to the next word. */
    private static final Pattern GLUED_PUNCT = Pattern.compile("(?<=[a-z%)])([,;])(?=[A-Za-z]{2})");
    /** "million.The company": a full stop glued to the next sentence (not "Z.ai", "X.AI" or "4.5"). */
    private static final Pattern GLUED_STOP = Pattern.compile("(?<=[a-z]{3}|\\d)\\.(?=[A-Z][a-z]{2})");
    /** "hasraised", "itacquired": an auxiliary or pronoun glued to the verb that follows it. */
    private static final Pattern GLUED_VERB = Pattern.compile(
            "(?i)\\b(has|have|had|was|were|is|are|will|it|and|which|who|also|then)"
                    + "(raised|raises|secured|secures|closed|closes|completed|announced|acquired|acquires|bought|buys|led|filed|priced|received|landed|agreed|signed|invested|plans|raising)\\b");
    /** "the startupAcme raised": a lower-case word glued to a capitalised name. */
    private static final Pattern GLUED_NAME = Pattern.compile("\\b([a-z]{4,})(?=[A-Z][a-z]{2,})");

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
        s = GLUED_PUNCT.matcher(s).replaceAll("$1 ");
        s = GLUED_STOP.matcher(s).replaceAll(". ");
        s = GLUED_VERB.matcher(s).replaceAll("$1 $2");
        s = GLUED_NAME.matcher(s).replaceAll("$1 ");
        s = GLUED_AFTER_CAPS.matcher(s).replaceAll(" ");
        s = GLUED_BEFORE_NAME.matcher(s).replaceAll("$1 ");
        if (Prefilter.hasCjk(s)) s = ASCII_PUNCT_IN_HAN.matcher(s).replaceAll(m -> switch (m.group(1)) {
            case "," -> "，";
            case ";" -> "；";
            default -> "：";
        });
        return s.equals(text) ? text : s;
    }
}
