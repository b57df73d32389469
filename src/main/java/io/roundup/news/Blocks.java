package io.roundup.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

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
        return lines(root, e -> false);
    }

    static void collectInto(Element root, List<Block> out) {
        collectInto(root, out, e -> false);
    }

    /** The lines of root as if the elements {@code skip} accepts (root never asked) were not there. */
    static List<String> lines(Element root, Predicate<Element> skip) {
        List<Block> blocks = new ArrayList<>();
        collectInto(root, blocks, e -> e != root && skip.test(e));
        List<String> out = new ArrayList<>();
        for (Block b : blocks) out.add(b.text());
        return out;
    }

    private static void collectInto(Element root, List<Block> out, Predicate<Element> skip) {
        Accumulator acc = new Accumulator(out);
        // the filter's walk, by child index (see Walk); SKIP_ENTIRELY skips children and tail
        Walk.walk(root, new Walk.Visitor() {
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
    static String prefix(Element root, int limit) {
        if (root == null) return "";
        StringBuilder sb = new StringBuilder(limit + 16);
        boolean[] space = {false};
        Walk.walk(root, new Walk.Visitor() {
            @Override
            public boolean head(Node node, int depth) {
                if (sb.length() >= limit) return false;
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length() && sb.length() < limit; i++) {
                        char c = s.charAt(i);
                        if (isSpace(c)) {
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

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
    static String normalize(String s) {
        return normalize((CharSequence) s);
    }

    /** As {@link #normalize(String)}, reading a builder without copying it first. */
    static String normalize(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** normalize(s).length(), without building it. */
    static int normalizedLength(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                space = n > 0;
            } else {
                if (space) n++;
                space = false;
                n++;
            }
        }
        return n;
    }

    private static boolean isAllSpace(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (!isSpace(s.charAt(i))) return false;
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f'
                || c == '\ufeff';
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
                if (linkDepth > 0) linkRaw += normalizedLength(s);
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
            String s = text.length() == 0 || isAllSpace(text) ? "" : normalize(text);
            if (!s.isEmpty()) {
                String tag = blockStack.isEmpty() ? "" : blockStack.get(blockStack.size() - 1);
                out.add(new Block(s, Math.min(linkRaw, s.length()), tag));
            }
            text.setLength(0);
            linkRaw = 0;
        }
    }
}
