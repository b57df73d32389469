package io.roundup.news;

import java.util.ArrayList;
import java.util.List;

import io.roundup.news.body.Preparation;
import io.roundup.news.text.TreeWalk;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The elements that {@link Titles} and {@link Dates} look up in a page, and the body extractor's
 * {@link Preparation}, found in one walk over the document instead of one select per query (each
 * select walks the whole page). Same selectors, same document order as {@code doc.select(query)} gives.
 * Taken of the page as parsed; valid until the extractor changes it.
 */
final class PageIndex {

    private static final Evaluator META_CONTENT = QueryParser.parse("meta[content]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator ITEMPROP_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator JSON_LD_SCRIPT = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
    private static final Evaluator TIME = QueryParser.parse("time");

    /** meta[content] */
    final List<Element> metas = new ArrayList<>();
    /** h1 */
    final List<Element> h1s = new ArrayList<>();
    /** [itemprop=datePublished] */
    final List<Element> itempropPublished = new ArrayList<>();
    /** script[type~=(?i)application/ld\+json] */
    final List<Element> jsonLd = new ArrayList<>();
    /** time */
    final List<Element> times = new ArrayList<>();
    /** What the body extractor removes and wraps first. */
    final Preparation bodyPreparation;

    private PageIndex(Preparation bodyPreparation) {
        this.bodyPreparation = bodyPreparation;
    }

    private static boolean named(String normalName, String tagName, String tag) {
        return normalName.equals(tag) || tagName.equals(tag);
    }

    static PageIndex of(Document doc) {
        PageIndex ix = new PageIndex(Preparation.forWalkOver(doc));
        TreeWalk.walk(doc, new TreeWalk.Visitor() {
            @Override
            public boolean head(Node node, int depth) {
                if (node instanceof Element e) ix.look(doc, e);
                return ix.bodyPreparation.head(node, depth);
            }

            @Override
            public void tail(Node node, int depth) {
                ix.bodyPreparation.tail(node, depth);
            }
        });
        return ix;
    }

    /** Files e under the queries it matches (with doc as the root, as doc.select does). */
    private void look(Document doc, Element e) {
        // a tag selector matches by normal name, or by the tag name as written for non-HTML
        // elements: only elements named so are asked the tag queries; an attribute selector needs an
        // attribute of that name (jsoup compares names ignoring ASCII case; hasAttr ignores case)
        String name = e.normalName();
        String tagName = e.tagName();
        if (named(name, tagName, "meta") && META_CONTENT.matches(doc, e)) metas.add(e);
        if (named(name, tagName, "h1") && H1.matches(doc, e)) h1s.add(e);
        if (e.hasAttr("itemprop") && ITEMPROP_PUBLISHED.matches(doc, e)) itempropPublished.add(e);
        if (named(name, tagName, "script") && JSON_LD_SCRIPT.matches(doc, e)) jsonLd.add(e);
        if (named(name, tagName, "time") && TIME.matches(doc, e)) times.add(e);
    }
}
