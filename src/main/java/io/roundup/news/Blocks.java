package io.roundup.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a DOM subtree into text blocks: every block-level element boundary and every {@code <br>}
 * ends a block; inline text is joined as written. Each block remembers how much of it is link text.
 */
final class Blocks {

    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "br", "noscript",
            "legend", "iframe", "video", "audio", "canvas", "picture", "svg", "object", "embed", "map", "title",
            "option", "select", "textarea");

    /** One block of text: whitespace-normalised text, the share in links, the tag of its block element. */
    record Block(String text, int linkChars, String tag) {
        double linkDensity() {
            int n = text.length();
            return n == 0 ? 0 : Math.min(1.0, (double) linkChars / n);
        }
    }

    private Blocks() {
    }

    static List<String> lines(Element root) {
        List<String> out = new ArrayList<>();
        for (Block b : collect(root)) out.add(b.text());
        return out;
    }

    static List<Block> collect(Element root) {
        List<Block> out = new ArrayList<>();
        collectInto(root, out);
        return out;
    }

    static void collectInto(Element root, List<Block> out) {
        Accumulator acc = new Accumulator(out);
        NodeTraversor.filter(acc, root);
        acc.flush();
    }

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f'
                    || c == '\ufeff') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final class Accumulator implements NodeFilter {
        private final List<Block> out;
        private final StringBuilder text = new StringBuilder();
        private final List<String> blockStack = new ArrayList<>();
        private int linkRaw;
        private int linkDepth;

        Accumulator(List<Block> out) {
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) linkRaw += normalize(s).length();
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
            String s = normalize(text.toString());
            if (!s.isEmpty()) {
                String tag = blockStack.isEmpty() ? "" : blockStack.get(blockStack.size() - 1);
                out.add(new Block(s, Math.min(linkRaw, s.length()), tag));
            }
            text.setLength(0);
            linkRaw = 0;
        }
    }
}
