package io.roundup.news.body;

import java.util.Collections;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The score of each candidate container, in the order the candidates were first met (which breaks
 * ties between equal scores the same way on every run).
 */
record Scores(Map<Element, Double> byElement) {

    /** byElement: iterated in insertion order, by identity (as Element equality is). */
    Scores {
        byElement = Collections.unmodifiableMap(byElement);
    }

    boolean isEmpty() {
        return byElement.isEmpty();
    }

    /** The score of a candidate, null when e is none. */
    Double get(Element e) {
        return byElement.get(e);
    }

    /** The score of e, 0 when it is no candidate. */
    double of(Element e) {
        return byElement.getOrDefault(e, 0.0);
    }
}
