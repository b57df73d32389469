package io.roundup.news.body;

import java.util.IdentityHashMap;

import io.roundup.news.text.TagQuery;
import io.roundup.news.text.TreeWalk;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Length and commas of the paragraphs, from their text nodes: the length is the one
 * {@link TextCounts} counts (each text node normalised and trimmed), so no paragraph's text is built.
 */
final class ParagraphCounts {

    /** The elements that are paragraphs. */
    static final TagQuery PARAGRAPHS = TagQuery.of("p", "pre");
    /** A paragraph shorter than this (in effective length) is a label or a caption, not text. */
    static final int MIN_PARAGRAPH = 25;

    private final IdentityHashMap<Element, Integer> commas = new IdentityHashMap<>();
    private final TextCounts counts;

    ParagraphCounts(TextCounts counts) {
        this.counts = counts;
    }

    int commas(Element p) {
        Integer n = commas.get(p);
        if (n == null) {
            int[] c = {0};
            TreeWalk.walk(p, (node, depth) -> {
                if (node instanceof TextNode t) c[0] += TextMeasures.commas(t.getWholeText());
                return true;
            });
            n = c[0];
            commas.put(p, n);
        }
        return n;
    }

    int length(Element p) {
        return counts.text(p);
    }

    /** Removes e from the tree, forgetting the commas of the paragraph around it. */
    void remove(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) commas.remove(a);
        e.remove();
    }
}
