package io.roundup.news.body;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.roundup.news.text.TagQuery;
import io.roundup.news.text.TreeWalk;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The first phase of {@link BodyExtractor}, picked during a walk over the page: the elements of the
 * body that never hold article text (scripts, form controls, media, figure captions, the h1
 * headline, hidden elements), to be removed, and the containers whose loose inline text is then
 * wrapped into paragraphs ({@link LooseTextWrapper}). A caller that walks the page anyway (as the
 * page index does) walks this visitor along; {@link #of} walks on its own.
 */
public final class Preparation implements TreeWalk.Visitor {

    /** The tag parts of {@link #REMOVE_ALWAYS}. */
    private static final TagQuery REMOVE_TAGS = TagQuery.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "video", "audio", "map", "button", "select", "input", "textarea", "option",
            "dialog", "figcaption", "link", "meta", "source", "track", "h1");
    /** The attribute parts of {@link #REMOVE_ALWAYS}. */
    private static final String REMOVE_BY_ATTRIBUTE =
            "[hidden], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    /** What is removed, as one jsoup query. */
    static final String REMOVE_ALWAYS = REMOVE_TAGS.css() + ", " + REMOVE_BY_ATTRIBUTE;

    private static final Evaluator REMOVE_ALWAYS_EVAL = QueryParser.parse(REMOVE_ALWAYS);
    private static final Evaluator REMOVE_BY_ATTRIBUTE_EVAL = QueryParser.parse(REMOVE_BY_ATTRIBUTE);

    private final Element body;
    private final List<Element> removals = new ArrayList<>();
    private final List<Element> wrapContainers = new ArrayList<>();
    /** depth of the body, of the removed element the walk is in; -1: not in one */
    private int bodyDepth = -1;
    private int removedDepth = -1;

    private Preparation(Element body) {
        this.body = body;
    }

    /** An empty preparation of doc's body, filled as a {@link TreeWalk} over doc visits it. */
    public static Preparation forWalkOver(Document doc) {
        return new Preparation(doc.body());
    }

    /** The preparation of doc's body, by a walk of its own. */
    public static Preparation of(Document doc) {
        Preparation p = forWalkOver(doc);
        TreeWalk.walk(doc, p);
        return p;
    }

    @Override
    public boolean head(Node node, int depth) {
        if (!(node instanceof Element e)) return true;
        if (e == body) bodyDepth = depth;
        if (bodyDepth >= 0 && removedDepth < 0) {
            if (removable(body, e)) {
                removals.add(e);
                // what lies inside goes with it; the body itself only leaves the document
                if (e != body) removedDepth = depth;
            }
            if (removedDepth < 0 && LooseTextWrapper.isContainer(e)) wrapContainers.add(e);
        }
        return true;
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element)) return;
        if (depth == removedDepth) removedDepth = -1;
        if (depth == bodyDepth) bodyDepth = -1;
    }

    /** The elements to remove (none inside another, unless inside the body itself), in document order. */
    public List<Element> removals() {
        return Collections.unmodifiableList(removals);
    }

    /** The body's wrap containers outside the removals, in document order. */
    public List<Element> wrapContainers() {
        return Collections.unmodifiableList(wrapContainers);
    }

    /** Removes the removals and wraps loose text, on the body as it was walked; once. */
    void apply() {
        for (Element e : removals) e.remove();
        LooseTextWrapper.wrap(wrapContainers);
    }

    /**
     * REMOVE_ALWAYS_EVAL.matches(body, e), asked cheaply: the selector is an OR of tag and attribute
     * parts. A tag part matches by normal name, or by the tag name as written for non-HTML elements;
     * an element with neither in the list can only match by the attribute parts, which need an
     * attribute named hidden or style (jsoup compares names ignoring ASCII case; hasAttr ignores case).
     */
    private static boolean removable(Element body, Element e) {
        if (REMOVE_TAGS.named(e)) return REMOVE_ALWAYS_EVAL.matches(body, e);
        return (e.hasAttr("hidden") || e.hasAttr("style")) && REMOVE_BY_ATTRIBUTE_EVAL.matches(body, e);
    }
}
