package io.roundup.news.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Turns a DOM subtree into {@link TextBlock}s: every block-level element boundary and every
 * {@code <br>} ends a block; inline text is joined as written. Each block remembers how much of it
 * is link text.
 */
public final class TextBlocks {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "br", "noscript",
            "legend", "iframe", "video", "audio", "canvas", "picture", "svg", "object", "embed", "map", "title",
            "option", "select", "textarea");

    private TextBlocks() {
    }

    public static List<String> lines(Element root) {
        return lines(root, e -> false);
    }

    /** Appends the blocks of root to out. */
    public static void collectInto(Element root, List<TextBlock> out) {
        collectInto(root, out, e -> false);
    }

    /** The lines of root as if the elements {@code skip} accepts (root never asked) were not there. */
    public static List<String> lines(Element root, Predicate<Element> skip) {
        List<TextBlock> blocks = new ArrayList<>();
        collectInto(root, blocks, e -> e != root && skip.test(e));
        List<String> out = new ArrayList<>();
        for (TextBlock b : blocks) out.add(b.text());
        return out;
    }

    private static void collectInto(Element root, List<TextBlock> out, Predicate<Element> skip) {
        Accumulator acc = new Accumulator(out);
        // the filter's walk, by child index (see TreeWalk); SKIP_ENTIRELY skips children and tail
        TreeWalk.walk(root, new TreeWalk.Visitor() {
            @Override
            public boolean head(Node node, int depth) {
                if (node instanceof Element e && skip.test(e)) return false;
                return acc.head(node, depth) != NodeFilter.FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public void tail(Node node, int depth) {
                acc.tail(node, depth);
            }
        });
        acc.flush();
    }

    /**
     * The start of root's text, whitespace-normalised, block boundaries as spaces (as {@code text()}
     * reads it), at least {@code limit} characters when root has that many: the walk stops there,
     * so a large page costs no more than a small one.
     */
    public static String prefix(Element root, int limit) {
        if (root == null) return "";
        StringBuilder sb = new StringBuilder(limit + 16);
        boolean[] space = {false};
        TreeWalk.walk(root, new TreeWalk.Visitor() {
            @Override
            public boolean head(Node node, int depth) {
                if (sb.length() >= limit) return false;
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length() && sb.length() < limit; i++) {
                        char c = s.charAt(i);
                        if (Whitespace.isSpace(c)) {
                            space[0] = sb.length() > 0;
                        } else {
                            if (space[0]) sb.append(' ');
                            space[0] = false;
                            sb.append(c);
                        }
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("script") || tag.equals("style") || tag.equals("template")) return false;
                    if (isBlock(e)) space[0] = sb.length() > 0;
                }
                return true;
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e)) space[0] = sb.length() > 0;
            }
        });
        return sb.toString();
    }

    public static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    private static final class Accumulator implements NodeFilter {
        private final List<TextBlock> out;
        private final StringBuilder text = new StringBuilder();
        private final List<String> blockStack = new ArrayList<>();
        private int linkRaw;
        private int linkDepth;

        Accumulator(List<TextBlock> out) {
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) linkRaw += Whitespace.normalizedLength(s);
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("script") || tag.equals("style") || tag.equals("template")) return FilterResult.SKIP_ENTIRELY;
                if (tag.equals("br") || tag.equals("hr")) {
                    flush();
                } else if (isBlock(e)) {
                    flush();
                    blockStack.add(tag);
                } else if (tag.equals("a")) {
                    linkDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br") || tag.equals("hr")) return FilterResult.CONTINUE;
                if (isBlock(e)) {
                    flush();
                    if (!blockStack.isEmpty()) blockStack.remove(blockStack.size() - 1);
                } else if (tag.equals("a")) {
                    linkDepth = Math.max(0, linkDepth - 1);
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            // most flushes (block after block) find nothing or only whitespace
            String s = text.length() == 0 || Whitespace.isAllSpace(text) ? "" : Whitespace.normalize(text);
            if (!s.isEmpty()) {
                String tag = blockStack.isEmpty() ? "" : blockStack.get(blockStack.size() - 1);
                out.add(new TextBlock(s, Math.min(linkRaw, s.length()), tag));
            }
            text.setLength(0);
            linkRaw = 0;
        }
    }
}
