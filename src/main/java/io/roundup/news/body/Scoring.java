package io.roundup.news.body;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Scores the containers of the body by the paragraphs they hold: every paragraph of
 * {@link ParagraphCounts#MIN_PARAGRAPH}+ characters gives points (1 + commas + length/100, at most 3
 * for length) to its parent, half to its grandparent, less further up (five levels); each container
 * starts from a bonus or malus for its tag and {@link ClassWeight}; then scores are scaled by
 * (1 - link density).
 */
final class Scoring {

    private Scoring() {
    }

    static Scores score(Element body, TextCounts counts, ParagraphCounts paragraphs) {
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : counts.all) { // body.getAllElements(): the counts were taken of this same tree
            if (!ParagraphCounts.PARAGRAPHS.hasTag(p.normalName())) continue;
            int len = paragraphs.length(p);
            if (len < ParagraphCounts.MIN_PARAGRAPH) continue;
            double s = 1 + paragraphs.commas(p) + Math.min(Math.floor(len / 100.0), 3);
            Element anc = p.parent();
            for (int level = 0; anc != null && level < 5; level++) {
                if (!scores.containsKey(anc)) scores.put(anc, initialScore(anc));
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(anc, s / divider, Double::sum);
                if (anc == body) break;
                anc = anc.parent();
            }
        }
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            e.setValue(e.getValue() * (1 - counts.linkDensity(e.getKey())));
        }
        return new Scores(scores);
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + ClassWeight.of(e);
    }
}
