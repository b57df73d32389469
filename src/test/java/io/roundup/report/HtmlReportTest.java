package io.roundup.report;

import io.roundup.domain.EventMarks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** report.html without a browser: figures for people, hostile text inert, marks shown, nothing fetched. */
class HtmlReportTest {

    @Test
    void figuresReadAsPeopleWriteThem() {
        assertThat(Figures.usd(new BigDecimal("4348000000"))).isEqualTo("US$ 4.3bn");
        assertThat(Figures.usd(new BigDecimal("14486742430"))).isEqualTo("US$ 14.5bn");
        assertThat(Figures.usd(new BigDecimal("300000000000"))).isEqualTo("US$ 300bn");
        assertThat(Figures.usd(new BigDecimal("1000000000"))).isEqualTo("US$ 1bn");
        assertThat(Figures.usd(new BigDecimal("557950561"))).isEqualTo("US$ 558m");
        assertThat(Figures.usd(new BigDecimal("12500"))).isEqualTo("US$ 12,500");
        assertThat(Figures.amount(new BigDecimal("2000000000000"), "EUR")).isEqualTo("€ 2tn");
        assertThat(Figures.price(new BigDecimal("116.2"), "HKD")).isEqualTo("HK$ 116.20");
        assertThat(Figures.price(new BigDecimal("68"), "XYZ")).isEqualTo("XYZ 68.00");
        assertThat(Figures.percent(new BigDecimal("13.17"))).isEqualTo("13.2 %");
        assertThat(Figures.percent(new BigDecimal("-4.05"))).isEqualTo("-4.0 %");
        assertThat(Figures.rate(new BigDecimal("7.792812345"))).isEqualTo("7.79281");
        assertThat(Figures.exact(new BigDecimal("1.0E+9"))).isEqualTo("1000000000");
        assertThat(Figures.usd(null)).isEmpty();
    }

    @Test
    void hostileTextStaysText() {
        String html = HtmlReport.render(Hostile.input(), Hostile.events(), Map.of());
        Document d = Jsoup.parse(html);
        assertThat(d.select("script")).hasSize(1);
        assertThat(d.select("script").first().data()).doesNotContain("alert");
        assertThat(d.select("img, iframe, svg[onload], [onerror], [onclick], [onmouseover]")).isEmpty();
        assertThat(d.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#") || h.startsWith("https://"));
        assertThat(d.select("a.src").eachAttr("href")).as("only a well-formed web address is a link")
                .containsExactly("https://example.org/n?a=1&b='2'");
        assertThat(d.selectFirst("article.company h3").text()).isEqualTo(Hostile.NAME);
        assertThat(d.selectFirst("blockquote.evidence").text()).isEqualTo("Evidence </blockquote><script>alert(8)</script>gnp.exe")
                .as("the bidi override is dropped").doesNotContain("\u202E");
        assertThat(d.selectFirst(".conflicts").text()).contains("<script>alert(7)</script>");
    }

    @Test
    void thePageFetchesNothingAndAllowsOnlyItsOwnStyleAndScript() {
        String html = HtmlReport.render(Hostile.input(), Hostile.events(), Map.of());
        Document d = Jsoup.parse(html);
        String csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).startsWith("default-src 'none'; style-src 'sha256-").contains("script-src 'sha256-");
        assertThat(d.select("[src], link[href]")).isEmpty();
        assertThat(html).doesNotContain("http://", "//cdn", "@import", "url(");
    }

    @Test
    void reviewAndCorrectionMarksAreShownOnTheEvent() {
        var event = Hostile.events().get(0);
        String html = HtmlReport.render(Hostile.input(), List.of(event),
                Map.of(event.eventId(), new EventMarks("pending", List.of("amount", "valuation"))));
        Element li = Jsoup.parse(html).selectFirst("li.event");
        assertThat(li.classNames()).contains("pending", "corrected");
        assertThat(li.select(".mark.review").text()).isEqualTo("in review");
        assertThat(li.select(".mark.corrected").text()).isEqualTo("corrected: amount, valuation");
        assertThat(li.select(".fig.post-money").text()).isEqualTo("post-money US$ 5bn");
    }

    @Test
    void writtenAtomicallyIntoTheFolder(@TempDir Path dir) throws Exception {
        Path file = HtmlReport.write(dir.resolve("out"), Hostile.input(), Hostile.events(), Map.of());
        assertThat(file.getFileName().toString()).isEqualTo("report.html");
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }
}
