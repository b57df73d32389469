package io.roundup.news.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static Scores score(Element body) {
        TextCounts counts = new TextCounts(body);
        return Scoring.score(body, counts, new ParagraphCounts(counts));
    }

    @Test
    void aParagraphGivesItsPointsToParentGrandparentAndLessFurtherUp() {
        // 150 characters, 2 commas: 1 + 2 + 1 (one full hundred) = 4 points
        String text = "x".repeat(74) + "," + "y".repeat(74) + ",";
        Element body = Jsoup.parse("<body><article><div><p>" + text + "</p></div></article></body>").body();
        Scores scores = score(body);
        Element div = body.selectFirst("div");
        Element article = body.selectFirst("article");
        assertThat(scores.byElement().keySet()).containsExactly(div, article, body);
        assertThat(scores.of(div)).isEqualTo(5 + 4); // a div starts at 5
        assertThat(scores.of(article)).isEqualTo(5 + 4 / 2.0);
        assertThat(scores.of(body)).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(scores.get(body.selectFirst("p"))).as("a paragraph that holds none is no candidate").isNull();
    }

    @Test
    void classWordsAndLinkTextLowerTheScore() {
        String text = "y".repeat(100);
        String link = "z".repeat(50);
        Element body = Jsoup.parse("<body><div class=story><p>" + text + "<a href=x>" + link + "</a></p></div>"
                + "<div class=sidebar><p>" + text + "</p></div></body>").body();
        Scores scores = score(body);
        // 150 characters, no commas: 2 points; "story" +25; a third of the text is link text
        assertThat(scores.of(body.selectFirst(".story"))).isCloseTo((5 + 25 + 2) * (1 - 50 / 150.0), within(1e-12));
        assertThat(scores.of(body.selectFirst(".sidebar"))).isEqualTo(5 - 25 + 2);
    }

    @Test
    void shortParagraphsScoreNothingAndCjkCountsThree() {
        Element body = Jsoup.parse("<body><div id=a><p>Too short to count.</p></div>"
                + "<div id=b><p>智谱在香港联合交易所</p></div><div id=c><p>智谱在香港联合交</p></div></body>").body();
        Scores scores = score(body);
        assertThat(scores.get(body.getElementById("a"))).isNull();
        assertThat(scores.of(body.getElementById("b"))).as("10 CJK characters count 30").isEqualTo(5 + 1);
        assertThat(scores.get(body.getElementById("c"))).as("8 count 24, under 25").isNull();
    }
}
