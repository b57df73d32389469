package io.roundup.news.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;

/**
 * Depth-first walk over a subtree that steps through each element's child list by index. Visits in
 * the order of jsoup's NodeTraversor (head on the way down, tail on the way up; depth 0 is the root),
 * which steps by nextSibling() and costs noticeably more on a page of thousands of nodes. The visitor
 * must not change the tree.
 */
public final class TreeWalk {

    public interface Visitor {
        /** Entering a node; for an element, false skips its children and its tail. */
        boolean head(Node node, int depth);

        default void tail(Node node, int depth) {
        }
    }

    private TreeWalk() {
    }

    public static void walk(Element root, Visitor v) {
        if (!v.head(root, 0)) return;
        Element[] stack = new Element[32];
        int[] next = new int[32];
        int sp = 0;
        stack[0] = root;
        while (sp >= 0) {
            Element e = stack[sp];
            int i = next[sp];
            if (i < e.childNodeSize()) {
                next[sp] = i + 1;
                Node c = e.childNode(i);
                if (c instanceof Element ce) {
                    if (v.head(ce, sp + 1)) {
                        if (++sp == stack.length) {
                            stack = Arrays.copyOf(stack, sp * 2);
                            next = Arrays.copyOf(next, sp * 2);
                        }
                        stack[sp] = ce;
                        next[sp] = 0;
                    }
                } else {
                    v.head(c, sp + 1);
                    v.tail(c, sp + 1);
                }
            } else {
                v.tail(e, sp);
                stack[sp--] = null;
            }
        }
    }

    /** What {@code root.select(eval)} finds (root and its descendants that match, in document order), by this walk. */
    public static List<Element> select(Element root, Evaluator eval) {
        List<Element> out = new ArrayList<>();
        walk(root, (node, depth) -> {
            if (node instanceof Element e && eval.matches(root, e)) out.add(e);
            return true;
        });
        return out;
    }
}
