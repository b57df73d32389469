package io.roundup.news.body;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.roundup.news.text.TextBlock;
import io.roundup.news.text.TextBlocks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article body of a news page, site independent, in the spirit of Readability. The page goes
 * through one phase after another:
 * <ol>
 * <li>{@link Preparation}: drop what never holds article text, wrap loose inline text into paragraphs;</li>
 * <li>{@link BoilerplatePruning}: remove navigation, related boxes, comments, captions and the like;</li>
 * <li>{@link Scoring}: score the containers by the paragraphs they hold;</li>
 * <li>{@link CandidateChoice}: choose the best container, with its ancestors or siblings where the
 *     article is spread over them;</li>
 * <li>{@link ConditionalCleaning} of the chosen parts, then their text blocks through the
 *     {@link BlockFilter} (furniture lines, datelines, duplicates, the headline);</li>
 * <li>{@link ArticleJudge}: is what is left an article?</li>
 * </ol>
 * One extractor serves any number of pages, one after another or at once.
 */
public final class BodyExtractor {

    /** What came out: paragraphs, and a reason when the page is not an article (null when it is). */
    public record Result(List<String> paragraphs, String notArticleWhy) {

        public Result {
            paragraphs = List.copyOf(paragraphs);
        }

        public boolean isArticle() {
            return notArticleWhy == null;
        }

        /** The paragraphs, separated by one blank line. */
        public String body() {
            return String.join("\n\n", paragraphs);
        }
    }

    private final BlockFilter blockFilter;

    /**
     * bareDateline: true for a line that holds a date and nothing else worth reading; such lines are
     * dropped from the body (the date is read elsewhere, by rules that know dates).
     */
    public BodyExtractor(Predicate<String> bareDateline) {
        this.blockFilter = new BlockFilter(bareDateline);
    }

    /**
     * The article body of {@code doc}, taking the document apart (for a caller that is done with it).
     * {@code preparation} was walked over this document as it is now; title: the page's headline,
     * which the body does not repeat (null when none).
     */
    public Result extractInPlace(Document doc, String title, Preparation preparation) {
        Element body = doc.body();
        if (body == null) return new Result(List.of(), "no <body>");
        preparation.apply();
        TextCounts counts = new TextCounts(body); // also lists the elements, for pruning's walks (no change in between)
        ParagraphCounts paragraphs = new ParagraphCounts(counts);
        BoilerplatePruning.prune(body, counts, paragraphs);
        Scores scores = Scoring.score(body, counts, paragraphs);
        List<TextBlock> blocks = new ArrayList<>();
        for (Element part : CandidateChoice.parts(body, scores, counts)) {
            ConditionalCleaning.clean(part, scores);
            TextBlocks.collectInto(part, blocks);
        }
        return ArticleJudge.judge(blockFilter.filter(blocks, title));
    }
}
