package io.roundup.news.body;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Chooses where the article is: the best-scoring container, moved up when several near-best
 * candidates share an ancestor (the article is split) or when the parent scores higher (the text is
 * spread over the parent's children), with the siblings that score well or are clean paragraphs.
 */
final class CandidateChoice {

    private CandidateChoice() {
    }

    /** The parts of the body that hold the article, in document order. */
    static List<Element> parts(Element body, Scores scores, TextCounts counts) {
        return withSiblings(top(body, scores), scores, counts);
    }

    static Element top(Element body, Scores scores) {
        if (scores.isEmpty()) return body;
        List<Element> ranked = new ArrayList<>(scores.byElement().keySet());
        ranked.sort(Comparator.comparingDouble((Element e) -> scores.get(e)).reversed());
        Element top = ranked.get(0);
        if (top == body) return body;
        double topScore = scores.get(top);
        // several near-best candidates under one ancestor: the article is split, take the ancestor
        List<Set<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
            if (scores.get(ranked.get(i)) / topScore >= 0.75) {
                Set<Element> anc = Collections.newSetFromMap(new IdentityHashMap<>());
                anc.addAll(ranked.get(i).parents());
                alternatives.add(anc);
            }
        }
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                int n = 0;
                for (Set<Element> a : alternatives) if (a.contains(p)) n++;
                if (n >= 3) {
                    top = p;
                    break;
                }
            }
        }
        // climb while the parent scores higher (the text is spread over the parent's children)
        double last = scores.of(top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Double ps = scores.get(p);
            if (ps == null) continue;
            if (ps < threshold) break;
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        while (top.parent() != null && top.parent() != body && top.parent().children().size() == 1) top = top.parent();
        return top;
    }

    /** top, and those of its siblings that score at least a fifth of it (or 10), or are clean paragraphs. */
    static List<Element> withSiblings(Element top, Scores scores, TextCounts counts) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) return List.of(top);
        double topScore = scores.of(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == top) {
                parts.add(s);
                continue;
            }
            double bonus = 0;
            if (!top.className().isEmpty() && top.className().equals(s.className())) bonus = topScore * 0.2;
            Double ss = scores.get(s);
            if (ss != null && ss + bonus >= threshold) {
                parts.add(s);
            } else if (s.normalName().equals("p")) {
                int len = TextMeasures.effectiveLength(s.text());
                double ld = counts.linkDensity(s);
                if (len > ArticleJudge.REAL_PARAGRAPH && ld < 0.25) parts.add(s);
                else if (len > 0 && len <= ArticleJudge.REAL_PARAGRAPH && ld == 0 && s.text().matches(".*[.!?。](\\s.*|$)")) parts.add(s);
            }
        }
        return Collections.unmodifiableList(parts);
    }
}
