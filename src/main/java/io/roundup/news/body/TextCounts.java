package io.roundup.news.body;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;

import io.roundup.news.text.TreeWalk;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text and link character counts of every element of a subtree, from one pass over its text nodes,
 * and the subtree's elements in document order: pruning, scoring and candidate choice read these
 * instead of asking each element for its text.
 */
final class TextCounts {

    // sized for a news page (several hundred elements), so that the map does not rehash as it fills
    private final IdentityHashMap<Element, int[]> counts = new IdentityHashMap<>(1024);
    /** root and its descendants in document order, as getAllElements() lists them */
    final List<Element> all = new ArrayList<>(1024);
    /** end[i]: the index in {@link #all} just past the subtree of all.get(i) */
    int[] end = new int[256];

    /**
     * One pass, bottom-up: a text node's length (of its normalised, trimmed text) goes to its
     * parent, an element's totals to its parent when it is left; text under an {@code <a>} is link text.
     * Elements without text get no entry.
     */
    TextCounts(Element root) {
        TreeWalk.walk(root, new TreeWalk.Visitor() {
            private int[] text = new int[64];
            private int[] link = new int[64];
            private int[] index = new int[64];
            private int inLink;

            @Override
            public boolean head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (depth >= text.length) {
                        text = Arrays.copyOf(text, depth * 2);
                        link = Arrays.copyOf(link, depth * 2);
                        index = Arrays.copyOf(index, depth * 2);
                    }
                    index[depth] = all.size();
                    all.add(e);
                    text[depth] = 0;
                    link[depth] = 0;
                    if (e.normalName().equals("a")) inLink++;
                } else if (node instanceof TextNode t && depth > 0) {
                    int n = TextMeasures.trimmedTextLength(t.getWholeText());
                    text[depth - 1] += n;
                    if (inLink > 0) link[depth - 1] += n;
                }
                return true;
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                int i = index[depth];
                if (i >= end.length) end = Arrays.copyOf(end, Math.max(i + 1, end.length * 2));
                end[i] = all.size();
                if (e.normalName().equals("a")) inLink--;
                if (text[depth] == 0) return;
                counts.put(e, new int[] {text[depth], link[depth]});
                if (depth > 0) {
                    text[depth - 1] += text[depth];
                    link[depth - 1] += link[depth];
                }
            }
        });
    }

    int text(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }

    double linkDensity(Element e) {
        int[] c = counts.get(e);
        return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }

    /** Takes the counts of e (about to leave the tree) off its ancestors up to root. */
    void subtract(Element e, Element root) {
        int[] c = counts.get(e);
        if (c == null) return;
        for (Element a = e.parent(); a != null; a = a.parent()) {
            int[] ac = counts.get(a);
            ac[0] -= c[0];
            ac[1] -= c[1];
            if (a == root) break;
        }
    }

    /**
     * Turns these counts into those without the subtrees at the given [from, to) ranges of
     * {@link #all} (in document order, none inside another): the counts of the tree once those are
     * removed, after {@link #subtract} took them off their ancestors. (No {@link #end} indices
     * after: only pruning walks those.)
     */
    void drop(List<int[]> ranges) {
        end = null;
        if (ranges.isEmpty()) return;
        List<Element> kept = new ArrayList<>(all.size());
        int from = 0;
        for (int[] r : ranges) {
            kept.addAll(all.subList(from, r[0]));
            for (int i = r[0]; i < r[1]; i++) counts.remove(all.get(i));
            from = r[1];
        }
        kept.addAll(all.subList(from, all.size()));
        all.clear();
        all.addAll(kept);
    }
}
