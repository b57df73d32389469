package io.roundup.news.text;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
import java.util.Set;

/**
 * A jsoup query of tag names, asked of every element of a page: only an element named like one of
 * the tags is handed to the parsed query. jsoup's tag selector matches by normal name, or by the tag
 * name as written for non-HTML elements, so no other element can match. The tags are written once,
 * so the names checked first and the query cannot drift apart.
 */
public final class TagQuery {

    private final Set<String> tags;
    private final String css;
    private final Evaluator query;

    private TagQuery(List<String> tags) {
        this.tags = Set.copyOf(tags);
        this.css = String.join(", ", tags);
        this.query = QueryParser.parse(css);
    }

    public static TagQuery of(String... tags) {
        return new TagQuery(List.of(tags));
    }

    /** True when e bears one of the tag names; only then can {@link #matches} be true. */
    public boolean named(Element e) {
        return tags.contains(e.normalName()) || tags.contains(e.tagName());
    }

    /** {@code query.matches(root, e)}, asked only of elements {@link #named} so. */
    public boolean matches(Element root, Element e) {
        return named(e) && query.matches(root, e);
    }

    /** True when one of the tags is this normal name. */
    public boolean hasTag(String normalName) {
        return tags.contains(normalName);
    }

    /** The query as jsoup's CSS ("p, pre"). */
    public String css() {
        return css;
    }

    public Evaluator evaluator() {
        return query;
    }
}
