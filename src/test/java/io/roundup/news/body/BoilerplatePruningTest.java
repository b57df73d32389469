package io.roundup.news.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplatePruningTest {

    /** 308 characters, no commas. */
    private static final String PROSE = "<p>" + "Prose of the article. ".repeat(14) + "</p>";

    private static void prune(Element body) {
        TextCounts counts = new TextCounts(body);
        BoilerplatePruning.prune(body, counts, new ParagraphCounts(counts));
        TextCounts recounted = new TextCounts(body);
        assertThat(counts.all).as("the counts are those of the pruned body").isEqualTo(recounted.all);
        for (Element e : recounted.all) assertThat(counts.text(e)).isEqualTo(recounted.text(e));
    }

    @Test
    void navigationRelatedBoxesCaptionsAndFootersGoTheArticleStays() {
        Element body = Jsoup.parse("<body><nav id=nav><a href=/>Home</a> <a href=/tech>Tech</a></nav>"
                + "<div id=wrapper class='main has-sidebar'>" + PROSE + PROSE
                + "<div id=related class=related-stories><p>Another story with a headline long enough to count</p></div>"
                + "<div id=photo class=photo><img src=x><span>Photo: Jane Roe</span></div>"
                + "<div id=essay class=photo-essay><img src=y>" + PROSE + PROSE + "</div>"
                + "<div id=hidden aria-hidden=true>Skip</div><div id=menu role=navigation>Sections</div></div>"
                + "<footer id=footer>© 2026</footer></body>").body();
        prune(body);
        for (String gone : new String[] {"nav", "related", "photo", "hidden", "menu", "footer"}) {
            assertThat(body.getElementById(gone)).as(gone).isNull();
        }
        assertThat(body.getElementById("wrapper")).as("the best container, whatever its class says").isNotNull();
        assertThat(body.getElementById("essay")).as("a picture box with much text is no caption").isNotNull();
        assertThat(body.select("p")).hasSize(4);
    }

    @Test
    void aCommentThreadIsNeverTheProtectedContainerEvenWhenItScoresBest() {
        String comment = "<p>Agreed, great, read, thank you</p>"; // 4 points: more than a long paragraph
        Element body = Jsoup.parse("<body><div id=a1>" + PROSE.repeat(3) + "</div>"
                + "<div id=disqus_thread><div class=thread-list>" + comment.repeat(10) + "</div></div></body>").body();
        prune(body);
        assertThat(body.getElementById("disqus_thread")).isNull();
        assertThat(body.getElementById("a1")).isNotNull();
    }
}
