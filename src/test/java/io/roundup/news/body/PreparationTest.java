package io.roundup.news.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PreparationTest {

    /** Upper-case attributes, foreign (svg, math) elements, hidden elements inside removed ones, blocks in a span. */
    private static final String ODD_PAGE = """
            <html><head><title>T</title></head>
            <body><H1>Head</H1><div ItemProp="x">d</div>
            <svg><h1>not html</h1><foreignObject><p style="DISPLAY: none">x</p></foreignObject></svg>
            <math><mi hidden>m</mi><time>mt</time></math><span HIDDEN>h</span><p style="visibility:hidden">v</p>
            <div style="color: red">kept <b style="display :none">gone</b></div><section><select><option>o</select></section>
            <TEMPLATE><p>t</p></TEMPLATE><iframe src=x></iframe><center>c</center><td>cell</td>
            <div><noscript><div>n</div></noscript><span><div>block in span</div></span></div></body></html>
            """;

    @Test
    void removesWhatTheSelectorFindsAndListsTheWrapContainersLeft() {
        for (String page : List.of(ODD_PAGE, ODD_PAGE.replace("<body>", "<body style='display:none'>"))) {
            Document expected = Jsoup.parse(page);
            Element body = expected.body();
            body.select(Preparation.REMOVE_ALWAYS).remove();
            Document actual = Jsoup.parse(page);
            Preparation preparation = Preparation.of(actual);
            Element actualBody = actual.body();
            for (Element e : preparation.removals()) e.remove();
            assertThat(actualBody.outerHtml()).isEqualTo(body.outerHtml());
            assertThat(actual.outerHtml()).isEqualTo(expected.outerHtml());
            // the wrap containers: those of the body after the removal
            List<String> containers = body.getAllElements().stream().filter(LooseTextWrapper::isContainer)
                    .map(Element::outerHtml).toList();
            assertThat(preparation.wrapContainers().stream().map(Element::outerHtml).toList()).isEqualTo(containers);
        }
    }

    @Test
    void applyRemovesScriptsHeadlineAndHiddenTextAndWrapsLooseText() {
        Document doc = Jsoup.parse("<body><h1>Headline</h1><script>var x;</script><div>Loose text one<br><br>"
                + "loose <b>text</b> two<div>a block</div><span hidden>hidden</span></div></body>");
        Preparation.of(doc).apply();
        assertThat(doc.body().html().replaceAll("\\s+", ""))
                .isEqualTo("<div><p>Loosetextone</p><p>loose<b>text</b>two</p><div><p>ablock</p></div></div>");
    }
}
