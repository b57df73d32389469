package io.roundup.news.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ConditionalCleaningTest {

    private static final Scores NO_SCORES = new Scores(new LinkedHashMap<>());
    private static final String PROSE = "<p>" + "Prose of the article. ".repeat(14) + "</p>";

    @Test
    void linkListsAndFormsGoProseListsStay() {
        Element part = Jsoup.parse("<body><div id=part>" + PROSE
                + "<ul id=links><li><a href=a>link one</a></li><li><a href=b>link two</a></li><li><a href=c>link three</a></li></ul>"
                + "<form id=form><input name=q><input type=submit></form>"
                + "<ul id=points><li>The first point of the article, in a sentence of its own.</li>"
                + "<li>The second point, which the reporter also wrote out in words.</li></ul>"
                + PROSE + "</div></body>").body().getElementById("part");
        ConditionalCleaning.clean(part, NO_SCORES);
        assertThat(part.getElementById("links")).isNull();
        assertThat(part.getElementById("form")).isNull();
        assertThat(part.getElementById("points")).isNotNull();
        assertThat(part.select("p")).hasSize(2);
    }

    @Test
    void aBoxHoldingHalfThePartsTextStaysWhateverItsName() {
        Element part = Jsoup.parse("<body><div id=part><div id=box class=share-box>" + PROSE + "</div>"
                + "<div id=small class=share-box><p>Share this article with your friends today</p></div>"
                + "<p>A closing line.</p></div></body>").body().getElementById("part");
        ConditionalCleaning.clean(part, NO_SCORES);
        assertThat(part.getElementById("box")).isNotNull();
        assertThat(part.getElementById("small")).as("negative class weight, little text").isNull();
    }
}
