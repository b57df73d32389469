package io.roundup.news.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.roundup.news.text.TextBlocks;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Wraps runs of inline content that carry text into {@code <p>}, starting a new paragraph at every
 * double {@code <br>}, so that text written straight into a div ("div as paragraph") scores as
 * paragraphs do.
 */
final class LooseTextWrapper {

    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "center",
            "body", "blockquote", "dd", "span");

    private LooseTextWrapper() {
    }

    static boolean isContainer(Element e) {
        return CONTAINERS.contains(e.normalName());
    }

    /** containers: the wrap containers of the body as it is now, in document order. */
    static void wrap(List<Element> containers) {
        for (Element c : containers) {
            if (c.normalName().equals("span") && !hasBlockChild(c)) continue;
            List<Node> run = new ArrayList<>();
            for (Node n : new ArrayList<>(c.childNodes())) {
                if (n instanceof Element el && (TextBlocks.isBlock(el) && !el.normalName().equals("br") || hasBlockChild(el))) {
                    wrapRun(run);
                    run = new ArrayList<>();
                } else if (n instanceof TextNode || n instanceof Element) {
                    run.add(n);
                }
            }
            wrapRun(run);
        }
    }

    private static boolean hasBlockChild(Element e) {
        // over the child nodes by index: children() builds a list per call
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (!(e.childNode(i) instanceof Element c)) continue;
            if (TextBlocks.isBlock(c) && !c.normalName().equals("br")) return true;
            if (hasBlockChild(c)) return true;
        }
        return false;
    }

    /** Wraps a run of inline nodes into paragraphs, starting a new one at every double {@code <br>}. */
    private static void wrapRun(List<Node> run) {
        List<Node> cur = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            Node n = run.get(i);
            if (isBr(n)) {
                int j = i + 1;
                int brs = 1;
                while (j < run.size() && (isBr(run.get(j)) || run.get(j) instanceof TextNode t && t.isBlank())) {
                    if (isBr(run.get(j))) brs++;
                    j++;
                }
                if (brs >= 2) {
                    wrapOne(cur);
                    cur = new ArrayList<>();
                    for (int k = i; k < j; k++) run.get(k).remove();
                    i = j;
                    continue;
                }
            }
            cur.add(n);
            i++;
        }
        wrapOne(cur);
    }

    private static boolean isBr(Node n) {
        return n instanceof Element e && e.normalName().equals("br");
    }

    /** One paragraph of the nodes of run, unless none of them carries text. */
    private static void wrapOne(List<Node> run) {
        if (run.isEmpty()) return;
        boolean hasText = false;
        for (Node n : run) {
            if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element e && !e.text().isBlank()) {
                hasText = true;
                break;
            }
        }
        if (!hasText) return;
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) p.appendChild(n);
    }
}
