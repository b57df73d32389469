package io.roundup.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import io.roundup.news.body.Preparation;
import io.roundup.news.text.TextBlocks;
import io.roundup.news.text.Whitespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The one-walk index finds what the selectors it replaces find, on a page full of odd cases. */
class PageIndexTest {

    private static final String PAGE = """
            <html><head><META CONTENT="x" PROPERTY="og:title"><meta name="date"><meta content="" name=a>
            <script type="Application/LD+JSON">{"datePublished":"2024-01-02"}</script><title>T</title></head>
            <body><H1>One</H1><div ItemProp="datePublished" content="2024-01-02">d</div>
            <svg><h1>not html</h1><time>t</time><foreignObject><p style="DISPLAY: none">x</p></foreignObject>
            <script type="application/ld+json">{}</script><meta content="y"></svg>
            <math><mi hidden>m</mi><time>mt</time></math>
            <time datetime="2024-01-01">Jan</time><span HIDDEN>h</span><p style="visibility:hidden">v</p>
            <div style="color: red">kept <b style="display :none">gone</b></div><section><select><option>o</select></section>
            <TEMPLATE><p>t</p></TEMPLATE><iframe src=x></iframe><center>c</center><td>cell</td>
            <div><noscript><div>n</div></noscript><span><div>block in span</div></span></div></body></html>
            """;

    @Test
    void indexListsWhatTheSelectorsFind() {
        Document doc = Jsoup.parse(PAGE);
        PageIndex ix = PageIndex.of(doc);
        assertEquals(doc.select("meta[content]"), ix.metas);
        assertEquals(doc.select("h1"), ix.h1s);
        assertEquals(doc.select("[itemprop=datePublished]"), ix.itempropPublished);
        assertEquals(doc.select("script[type~=(?i)application/ld\\+json]"), ix.jsonLd);
        assertEquals(doc.select("time"), ix.times);
    }

    /** Dates.fromVisibleText as it was: on a copy of the body with the non-text parts removed. */
    private static LocalDate refVisibleDate(Document doc) {
        Element clean = doc.body().clone();
        clean.select("script, style, noscript, template, nav, footer, aside").remove();
        List<String> lines = TextBlocks.lines(clean);
        int start = 0;
        Element h1 = clean.selectFirst("h1");
        if (h1 != null) {
            String head = Whitespace.normalize(h1.text());
            for (int i = 0; i < lines.size(); i++) {
                if (!head.isEmpty() && lines.get(i).equals(head)) {
                    start = Math.max(0, i - 3);
                    break;
                }
            }
        }
        LocalDate d = null;
        for (int i = start; i < Math.min(lines.size(), start + 40) && d == null; i++) {
            if (lines.get(i).length() <= 300) d = Dates.find(lines.get(i));
        }
        for (int i = 0; d == null && start > 0 && i < Math.min(lines.size(), 40); i++) {
            if (lines.get(i).length() <= 300) d = Dates.find(lines.get(i));
        }
        return d;
    }

    @Test
    void visibleDateAsOnACleanCopy() {
        String filler = "<p>filler line</p>".repeat(45);
        List<String> pages = List.of(
                "<body><nav><h1>Menu</h1>March 1, 2020</nav><h1>Title <script>x</script>here</h1><p>May 2, 2021</p></body>",
                "<body><p>June 3, 2019</p>" + filler + "<h1>Head<nav>Jan 1, 2018</nav></h1><p>July 4, 2022</p></body>",
                "<body><aside>Feb 2, 2017</aside>" + filler + "<h1>Head</h1><footer>Apr 4, 2016</footer></body>",
                "<body><h1>Head <template>Tpl</template></h1><div>Head</div><noscript>Aug 8, 2015</noscript>"
                        + "<p>Sep 9, 2014</p></body>",
                "<body><svg><h1>svg</h1><script>Oct 10, 2013</script></svg><p>Nov 11, 2012</p></body>",
                PAGE);
        for (String page : pages) {
            Document doc = Jsoup.parse(page);
            assertEquals(refVisibleDate(doc), Dates.fromVisibleText(doc), page);
        }
    }

    @Test
    void bodyPreparationAsByAWalkOfItsOwn() {
        for (String page : List.of(PAGE, PAGE.replace("<body>", "<body style='display:none'>"))) {
            Document doc = Jsoup.parse(page);
            PageIndex ix = PageIndex.of(doc);
            Preparation alone = Preparation.of(doc);
            assertEquals(alone.removals(), ix.bodyPreparation.removals());
            assertEquals(alone.wrapContainers(), ix.bodyPreparation.wrapContainers());
            assertFalse(alone.removals().isEmpty());
        }
    }
}
