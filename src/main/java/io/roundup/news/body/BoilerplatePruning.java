package io.roundup.news.body;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes boilerplate from the body: structural elements (nav, aside, header, footer, form, menu,
 * figure), boilerplate roles, hidden-to-screen-readers bits, elements whose class/id names a
 * boilerplate function, and picture boxes with a short caption. Never removed: the best-scoring
 * container found before pruning (outside comment/related/footer areas) with its ancestors and its
 * main descendants, and any element holding half of the page's paragraph text, so that a wrapper
 * called "main has-sidebar" or "elementor-widget" survives.
 */
final class BoilerplatePruning {

    private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "footer", "header", "form", "menu", "figure");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "complementary", "banner",
            "contentinfo", "search", "dialog", "alert", "menu", "menubar", "toolbar", "alertdialog");
    /** Parsed once: select(String) parses the query on every call. */
    private static final Evaluator MEDIA = QueryParser.parse("img, picture, video");

    private BoilerplatePruning() {
    }

    /**
     * Prunes the body; {@code counts}, taken of it as it is now, become those of the pruned body (as
     * new TextCounts(body) would count them), and {@code paragraphs} forget what was pruned.
     */
    static void prune(Element body, TextCounts counts, ParagraphCounts paragraphs) {
        IdentityHashMap<Element, Integer> pChars = paragraphChars(body, counts.all, paragraphs);
        int total = pChars.getOrDefault(body, 0);
        BoilerplateWords words = new BoilerplateWords();
        Element best = bestOutsideNeverArticle(body, Scoring.score(body, counts, paragraphs), words);
        // the best container before pruning, and its ancestors, are never pruned as boilerplate
        Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element a = best; a != null; a = a.parent()) keep.add(a);
        int bestHeld = best == null ? 0 : pChars.getOrDefault(best, 0);
        List<Element> doomed = new ArrayList<>();
        List<int[]> doomedRanges = new ArrayList<>();
        List<Element> all = counts.all;
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            if (e == body || keep.contains(e)) continue;
            if (!isBoilerplate(e, words)) continue;
            int held = pChars.getOrDefault(e, 0);
            if (total > 0 && held >= 0.5 * total) continue; // holds most of the text: the article itself
            if (bestHeld > 0 && held >= 0.5 * bestHeld && keep.contains(e.parent())) continue; // most of the best container
            doomed.add(e);
            doomedRanges.add(new int[] {i, counts.end[i]});
            // what lies inside goes with it: dooming it as well would change nothing
            i = counts.end[i] - 1;
        }
        for (Element e : doomed) counts.subtract(e, body);
        for (Element e : doomed) paragraphs.remove(e);
        counts.drop(doomedRanges);
    }

    /** The first of the best-scoring candidates that lies outside every comment/related/footer area, or null. */
    private static Element bestOutsideNeverArticle(Element body, Scores scores, BoilerplateWords words) {
        Element best = null;
        double bestScore = 0;
        IdentityHashMap<Element, Boolean> memo = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> e : scores.byElement().entrySet()) {
            // only a candidate that would beat the best so far needs the (costlier) area check
            if (best != null && !(e.getValue() > bestScore)) continue;
            if (insideNeverArticle(e.getKey(), body, memo, words)) continue;
            best = e.getKey();
            bestScore = e.getValue();
        }
        return best;
    }

    /** True when e or an ancestor below root is never the article; remembered per element, as candidates share most of their ancestors. */
    private static boolean insideNeverArticle(Element e, Element root, IdentityHashMap<Element, Boolean> memo,
            BoilerplateWords words) {
        List<Element> path = new ArrayList<>(); // e and the ancestors looked at, all with the same answer
        boolean inside = false;
        for (Element a = e; a != null && a != root; a = a.parent()) {
            Boolean known = memo.get(a);
            if (known != null) {
                inside = known;
                break;
            }
            path.add(a);
            if (neverArticle(a, words)) {
                inside = true;
                break;
            }
        }
        for (Element a : path) memo.put(a, inside);
        return inside;
    }

    private static boolean neverArticle(Element a, BoilerplateWords words) {
        String tag = a.normalName();
        if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) return true;
        return (words.flags(a) & BoilerplateWords.NEVER_ARTICLE) != 0;
    }

    private static boolean isBoilerplate(Element e, BoilerplateWords words) {
        String tag = e.normalName();
        if (STRUCTURAL.contains(tag)) return true;
        String role = e.attr("role").toLowerCase(Locale.ROOT).trim();
        if (BOILERPLATE_ROLES.contains(role)) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && e.text().length() < 200) return true;
        int flags = words.flags(e);
        if ((flags & BoilerplateWords.BOILERPLATE) != 0) return true;
        // a picture box: image plus a short caption/credit
        return (flags & BoilerplateWords.PICTURE_BOX) != 0 && !e.select(MEDIA).isEmpty()
                && TextMeasures.effectiveLength(e.text()) < 400;
    }

    /**
     * The paragraph text each element holds (paragraphs of {@link ParagraphCounts#MIN_PARAGRAPH}+, not
     * in a list or menu, less their link text). all: root and its descendants in document order.
     */
    private static IdentityHashMap<Element, Integer> paragraphChars(Element root, List<Element> all,
            ParagraphCounts paragraphs) {
        IdentityHashMap<Element, Integer> m = new IdentityHashMap<>();
        for (Element p : all) {
            if (!ParagraphCounts.PARAGRAPHS.matches(root, p)) continue; // root.select("p, pre")
            int n = paragraphs.length(p);
            if (n < ParagraphCounts.MIN_PARAGRAPH) continue;
            if (hasAncestor(p, root, "li", "nav", "menu")) continue;
            n = (int) Math.round(n * (1 - TextMeasures.linkDensity(p, n)));
            for (Element a = p; a != null; a = a.parent()) {
                m.merge(a, n, Integer::sum);
                if (a == root) break;
            }
        }
        return m;
    }

    private static boolean hasAncestor(Element e, Element root, String... tags) {
        for (Element a = e.parent(); a != null && a != root; a = a.parent()) {
            for (String t : tags) if (a.normalName().equals(t)) return true;
        }
        return false;
    }
}
