package io.roundup.news.body;

import java.util.ArrayList;
import java.util.List;

import io.roundup.news.text.TreeWalk;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Cleans a chosen part of the article, Readability's "clean conditionally": removes the boxes,
 * lists, forms, tables and galleries inside it that look like page furniture (negative weight,
 * link-heavy, more list items or inputs than paragraphs, images with hardly any text), never one
 * that holds half of the part's text.
 */
final class ConditionalCleaning {

    private static final Evaluator CANDIDATES = QueryParser.parse("form, fieldset, table, ul, ol, div, section");
    private static final Evaluator LISTS = QueryParser.parse("ul, ol");
    private static final Evaluator P = QueryParser.parse("p");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator LI = QueryParser.parse("li");
    private static final Evaluator INPUTS = QueryParser.parse("input, select, textarea, button");
    private static final Evaluator HEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");

    private ConditionalCleaning() {
    }

    /** Cleans root in place, innermost candidates first. */
    static void clean(Element root, Scores scores) {
        int total = TextMeasures.effectiveLength(root.text());
        List<Element> candidates = TreeWalk.select(root, CANDIDATES);
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Element e = candidates.get(i);
            if (e == root || e.parent() == null) continue;
            String text = e.text(); // once, for the share of the whole and for shouldRemove
            int textLen = TextMeasures.effectiveLength(text);
            if (total > 0 && textLen >= 0.5 * total) continue;
            if (shouldRemove(e, scores, text, textLen)) e.remove();
        }
    }

    private static boolean shouldRemove(Element e, Scores scores, String text, int textLen) {
        int weight = ClassWeight.of(e);
        if (weight + scores.of(e) < 0) return true;
        if (TextMeasures.commas(text) >= 10) return false;
        String tag = e.normalName();
        boolean isList = tag.equals("ul") || tag.equals("ol");
        Contents contents = new Contents(e);
        if (!isList) {
            int listLen = 0;
            for (Element l : contents.lists) listLen += TextMeasures.effectiveLength(l.text());
            isList = textLen > 0 && (double) listLen / textLen > 0.9;
        }
        int p = contents.p;
        int img = contents.img;
        int li = contents.li - 100;
        int input = contents.inputs;
        int headingLen = 0;
        for (Element h : contents.headings) headingLen += TextMeasures.effectiveLength(h.text());
        double headingDensity = textLen == 0 ? 0 : (double) headingLen / textLen;
        double ld = TextMeasures.linkDensity(contents.links, textLen);
        if (img > 1 && (double) p / img < 0.5 && textLen < 200) return true;
        if (!isList && li > p) return true;
        if (input > p / 3) return true;
        if (!isList && headingDensity < 0.9 && textLen < ParagraphCounts.MIN_PARAGRAPH && (img == 0 || img > 2) && ld > 0) return true;
        if (!isList && weight < 25 && ld > 0.2 && textLen < 1000) return true;
        if (weight >= 25 && ld > 0.5) return true;
        if (isList && ld > 0.6 && (tag.equals("ul") || tag.equals("ol"))) return true;
        return false;
    }

    /**
     * The elements of a subtree (its root included) that shouldRemove counts: what e.select("ul, ol"),
     * ("p"), ("img"), ("li"), ("input, ..."), ("h2, ...") and ("a") find, in one walk instead of seven.
     */
    private static final class Contents {
        final List<Element> lists = new ArrayList<>();
        final List<Element> headings = new ArrayList<>();
        final List<Element> links = new ArrayList<>();
        int p;
        int img;
        int li;
        int inputs;

        Contents(Element root) {
            TreeWalk.walk(root, (node, depth) -> {
                if (!(node instanceof Element e)) return true;
                if (LISTS.matches(root, e)) lists.add(e);
                if (P.matches(root, e)) p++;
                if (IMG.matches(root, e)) img++;
                if (LI.matches(root, e)) li++;
                if (INPUTS.matches(root, e)) inputs++;
                if (HEADINGS.matches(root, e)) headings.add(e);
                if (TextMeasures.LINKS.matches(root, e)) links.add(e);
                return true;
            });
        }
    }
}
