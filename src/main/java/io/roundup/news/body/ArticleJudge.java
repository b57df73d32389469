package io.roundup.news.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.roundup.news.text.TextBlock;

/**
 * Is what is left an article? An article has running text: at least {@value #MIN_BODY_CHARS}
 * characters of body, and either that much in real paragraphs (prose blocks of
 * {@value #REAL_PARAGRAPH}+ characters, not list items, under 30% link text) or, for list-like
 * articles, twice that much body, not mostly links, with some real paragraph.
 */
final class ArticleJudge {

    static final int MIN_BODY_CHARS = 250;
    /** A block this long (in effective length) is prose rather than a label, a caption or a teaser. */
    static final int REAL_PARAGRAPH = 80;

    private ArticleJudge() {
    }

    static BodyExtractor.Result judge(List<TextBlock> blocks) {
        List<String> paragraphs = new ArrayList<>();
        int chars = 0;
        int linkChars = 0;
        int real = 0;
        int realChars = 0;
        for (TextBlock b : blocks) {
            paragraphs.add(b.text());
            int n = TextMeasures.effectiveLength(b.text());
            chars += n;
            linkChars += (int) Math.round(n * b.linkDensity());
            if (n >= REAL_PARAGRAPH && !b.tag().equals("li") && b.linkDensity() < 0.3) {
                real++;
                realChars += n;
            }
        }
        double linkShare = chars == 0 ? 0 : (double) linkChars / chars;
        boolean enoughText = chars >= MIN_BODY_CHARS;
        boolean prose = realChars >= MIN_BODY_CHARS;
        boolean textList = realChars > 0 && linkShare < 0.5 && chars >= 2 * MIN_BODY_CHARS;
        if (!enoughText || !prose && !textList) {
            return new BodyExtractor.Result(paragraphs, String.format(Locale.ROOT,
                    "%d chars of body text in %d blocks (%.0f%% link text), %d real paragraphs with %d chars; "
                            + "an article needs >= %d chars in paragraphs of >= %d chars",
                    chars, paragraphs.size(), 100 * linkShare, real, realChars, MIN_BODY_CHARS, REAL_PARAGRAPH));
        }
        return new BodyExtractor.Result(paragraphs, null);
    }
}
