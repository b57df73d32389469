package io.roundup.news.body;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.roundup.news.text.TextBlock;
import io.roundup.news.text.Whitespace;
import io.roundup.news.text.Words;

/**
 * Drops the text blocks of the chosen parts that are no article text: link-only lines, page
 * furniture ("Advertisement", "Share", calls to subscribe, copyright lines), bare datelines, the
 * headline, a paragraph seen before (pages carry a mobile and a desktop copy), and before the first
 * real paragraph the headline in another wording.
 */
final class BlockFilter {

    /** Short lines that are page furniture wherever they appear. */
    static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(advertisement|advertisment|advert|ad|ads|anzeige|sponsored|sponsored content|werbung|广告|"
                    + "this slideshow requires javascript|tell us what you think.*|leave a (comment|reply)|"
                    + "(photo|image|picture|video)( credit)?s?:.{0,80}|"
                    + "continue reading( below)?|story continues( below)?( advertisement)?|read more|read full story|"
                    + "skip to (main )?content|share( this( article| story)?)?|share on \\w+|tweet|email|print|"
                    + "comments?|related( articles| stories| content)?|more on this story|loading\\.*|"
                    + "subscribe|sign up|log ?in|click here.*|scroll to continue.*|©.*|\\(c\\) ?\\d{4}.*|copyright.*)[.:!]?$");
    /** The starts of {@link #FURNITURE}'s open-ended alternatives, see {@link #mayBeFurniture}. */
    private static final String[] FURNITURE_OPEN_ENDED = {"tell us what you think", "click here", "scroll to continue",
            "©", "(c)", "copyright", "loading", "share on "};

    /** A short call to subscribe: "Sign up for our daily newsletter", "Get the latest in your inbox". */
    static final Pattern CALL_TO_SUBSCRIBE = Pattern.compile(
            "(?i)(sign up|subscribe|register|get the latest)[^.!?]{0,80}(newsletter|inbox|e-?mail|daily|weekly)|"
                    + "newsletter[^.!?]{0,60}(sign up|subscribe)");
    /** Every match of {@link #CALL_TO_SUBSCRIBE} holds one of these, see {@link #mayCallToSubscribe}. */
    private static final String[] CALL_TO_SUBSCRIBE_WORDS = {"sign up", "subscribe", "register", "get the latest",
            "newsletter"};

    private final Predicate<String> bareDateline;

    /** bareDateline: true for a line that holds a date and nothing else worth reading. */
    BlockFilter(Predicate<String> bareDateline) {
        this.bareDateline = bareDateline;
    }

    /** The blocks worth reading, in their order; title: the page's headline (null when none). */
    List<TextBlock> filter(List<TextBlock> blocks, String title) {
        String normTitle = title == null ? "" : Whitespace.normalize(title).toLowerCase(Locale.ROOT);
        List<TextBlock> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextBlock b : blocks) {
            String t = b.text();
            if (mayBeFurniture(t) && FURNITURE.matcher(t).matches()) continue;
            String lower = null;
            if (t.length() < 300) {
                lower = t.toLowerCase(Locale.ROOT);
                if (mayCallToSubscribe(lower) && CALL_TO_SUBSCRIBE.matcher(t).find()) continue;
            }
            if (bareDateline.test(t)) continue;
            if (!normTitle.isEmpty() && (lower != null ? lower : t.toLowerCase(Locale.ROOT)).equals(normTitle)) continue;
            if (b.linkDensity() > 0.5 && !b.tag().equals("li")) continue;
            if (b.linkDensity() > 0.8 && b.tag().equals("li")) continue;
            if (t.length() > 40 && !seen.add(t)) continue; // the same paragraph twice (mobile + desktop copy)
            out.add(b);
        }
        // before the first real paragraph: the headline in another wording
        Set<String> titleWords = Words.of(title == null ? "" : title);
        while (!out.isEmpty()) {
            // (a real paragraph that is not title-like ends it too: the same test, asked once)
            if (!titleLike(out.get(0).text(), titleWords)) break;
            out.remove(0);
        }
        return out;
    }

    /**
     * False when {@link #FURNITURE} cannot match, so the regex runs on few lines: its bounded
     * alternatives match at most 16 + 80 code points + 1 (under 200 chars); longer matches start with
     * one of its open-ended words.
     */
    static boolean mayBeFurniture(String t) {
        if (t.length() < 200) return true;
        for (String w : FURNITURE_OPEN_ENDED) if (t.regionMatches(true, 0, w, 0, w.length())) return true;
        return false;
    }

    /**
     * False when {@link #CALL_TO_SUBSCRIBE} cannot match: every match holds one of these words in ASCII
     * letters of any case, so the lower-cased line holds it in lower case.
     */
    static boolean mayCallToSubscribe(String lower) {
        return TextMeasures.containsAny(lower, CALL_TO_SUBSCRIBE_WORDS);
    }

    /** Nearly the headline: most of its words, not much else. */
    static boolean titleLike(String text, Set<String> titleWords) {
        if (titleWords.size() < 3) return false;
        Set<String> w = Words.of(text);
        if (w.size() > titleWords.size() * 1.6 + 2) return false;
        int common = 0;
        for (String x : titleWords) if (w.contains(x)) common++;
        return common >= 0.8 * titleWords.size();
    }
}
