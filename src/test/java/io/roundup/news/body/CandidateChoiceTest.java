package io.roundup.news.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CandidateChoiceTest {

    /** 150 characters with two commas. */
    private static final String P = "<p>" + "x".repeat(74) + "," + "y".repeat(74) + ",</p>";

    private static List<Element> parts(Element body) {
        TextCounts counts = new TextCounts(body);
        return CandidateChoice.parts(body, Scoring.score(body, counts, new ParagraphCounts(counts)), counts);
    }

    @Test
    void anArticleSplitOverSeveralContainersIsTakenWhole() {
        String item = "<section><div class=inner>" + P + "</div></section>";
        Element body = Jsoup.parse("<body><div id=wrap>" + item.repeat(4) + "</div><div id=other>" + P + "</div></body>")
                .body();
        assertThat(parts(body)).containsExactly(body.getElementById("wrap"));
    }

    @Test
    void cleanParagraphsBesideTheTopJoinItLinksAndLabelsDoNot() {
        String closing = "A closing paragraph of plain prose, without a single link, that runs past eighty characters.";
        Element body = Jsoup.parse("<body><div id=main><div class=story>" + P + P + "</div>"
                + "<p id=closing>" + closing + "</p>"
                + "<p id=link><a href=x>Read more about this and other stories in our archive</a></p>"
                + "<p id=short>Short.</p><p id=label>Related: Tech</p></div></body>").body();
        assertThat(parts(body)).extracting(Element::id).containsExactly("", "closing", "short");
        assertThat(parts(body).get(0).className()).isEqualTo("story");
    }

    @Test
    void withoutCandidatesTheBodyIsTheArticle() {
        Element body = Jsoup.parse("<body><div>Nothing long enough.</div></body>").body();
        Scores none = new Scores(new LinkedHashMap<>());
        assertThat(CandidateChoice.top(body, none)).isSameAs(body);
        assertThat(CandidateChoice.withSiblings(body, none, new TextCounts(body))).containsExactly(body);
    }
}
