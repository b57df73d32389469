package io.roundup.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.roundup.ops.Cli;
import io.roundup.testing.HeadlessChromium;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * report.html of the sample input in a real browser (headless chromium): the headline figures, the
 * Zhipu IPO row, a company timeline, sorting and searching, no error logged, and a hostile ledger
 * that runs nothing. Writes {@code target/report-screenshot.png} for people to look at. Skips
 * without chromium, fails without it under {@code CI=true} (.ci/run installs it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {

    @TempDir
    static Path dir;

    private HeadlessChromium browser;
    private Path output;

    @BeforeAll
    void runSampleAndOpenBrowser() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(chromium).as("chromium is needed under CI=true (.ci/run installs Debian's chromium)").isPresent();
        }
        assumeTrue(chromium.isPresent(), "skipped: no chromium on PATH (apt-get install chromium)");
        output = dir.resolve("out");
        StringWriter out = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(out, true), "run", "--run-date=2026-02-01",
                "--roundup.input=input", "--roundup.output=" + output);
        assertThat(code).as(out.toString()).isEqualTo(3); // the sample carries deliberately bad rows
        browser = new HeadlessChromium(chromium.get(), 1200, 900);
        browser.open(output.resolve("report.html").toUri().toString());
    }

    @AfterAll
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.screenshot(Path.of("target/report-screenshot.png"));
            browser.close();
        }
    }

    @Test
    void headlineComparesChinaWithEachTopUsLabAsTheSummariesDo() throws Exception {
        BigDecimal chinaSum = new BigDecimal(csv("country_summary.csv").stream()
                .filter(r -> r.get("country").equals("CN")).findFirst().orElseThrow().get("sum_latest_valuations_usd"));
        JsonNode bars = browser.eval("""
                Array.from(document.querySelectorAll('#comparison .bar')).map(g => ({
                  label: g.querySelector('.label').textContent, figure: g.querySelector('.figure').textContent,
                  tip: g.querySelector('title').textContent, width: +g.querySelector('rect').getAttribute('width')}))""");
        assertThat(bars).hasSize(1 + Headline.US_LABS);
        assertThat(bars.get(0).get("label").asText()).isEqualTo("Chinese AI companies (3)");
        assertThat(bars.get(0).get("figure").asText()).isEqualTo(Figures.usd(chinaSum)).isEqualTo("US$ 14.5bn");
        assertThat(bars.get(0).get("tip").asText()).contains(chinaSum.toPlainString(), "Zhipu AI", "Moonshot AI");
        assertThat(bars.get(1).get("label").asText()).isEqualTo("OpenAI");
        assertThat(bars.get(1).get("figure").asText()).isEqualTo("US$ 300bn · 20.7× China");
        assertThat(bars.get(1).get("width").asDouble()).isGreaterThan(bars.get(0).get("width").asDouble() * 20);
        JsonNode raised = browser.eval("Array.from(document.querySelectorAll('#raised-by-country .bar .figure')).map(t => t.textContent)");
        assertThat(raised.toString()).contains("US$ 56bn", "US$ 2.9bn");
        assertThat(browser.eval("document.querySelector('#headline .basis').textContent").asText()).contains("ECB reference rate");
    }

    @Test
    void zhipuIpoRowHasOfferFirstDayReturnProceedsAndAPriceChart() throws Exception {
        JsonNode row = browser.eval("""
                (() => { const r = document.querySelector('#ipo-table tr[data-company="Zhipu AI"]');
                  return {cells: Array.from(r.cells).map(c => c.textContent), tips: Array.from(r.cells).map(c => c.title),
                          points: r.querySelectorAll('svg circle.close').length, offer: r.querySelectorAll('svg line.offer').length}; })()""");
        List<String> cells = texts(row.get("cells"));
        assertThat(cells.subList(0, 9)).containsExactly("Zhipu AI", "HKEX", "2513", "2026-01-08", "HK$ 116.20",
                "HK$ 120.00", "HK$ 131.50", "13.2 %", "HK$ 4.3bn = US$ 558m");
        assertThat(texts(row.get("tips"))).contains("116.2 HKD", "13.17 %");
        assertThat(texts(row.get("tips")).get(8)).contains("4348000000 HKD", "2026-01-08");
        assertThat(row.get("points").asInt()).isEqualTo(1); // 2513.HK.csv's second bar is a deliberate reject
        assertThat(row.get("offer").asInt()).isEqualTo(1);
    }

    @Test
    void everyCompanyHasATimelineWithEvidenceSourcesAndFx() throws Exception {
        JsonNode zhipu = browser.eval("""
                (() => { const a = document.querySelector('article.company[data-company="Zhipu AI"]');
                  return {title: a.querySelector('h3').textContent, events: a.querySelectorAll('li.event').length,
                          evidence: a.querySelector('blockquote.evidence').textContent,
                          sources: a.querySelector('.sources').textContent, figures: a.querySelector('.figures').textContent}; })()""");
        assertThat(zhipu.get("title").asText()).isEqualTo("Zhipu AI 智谱");
        assertThat(zhipu.get("events").asInt()).isPositive();
        assertThat(zhipu.get("evidence").asText()).isNotBlank();
        assertThat(zhipu.get("sources").asText()).contains(".htm");
        assertThat(zhipu.get("figures").asText()).contains("HKD/USD");
        JsonNode linked = browser.eval("""
                Array.from(document.querySelectorAll('#company-table tbody a')).every(a => document.querySelector(a.getAttribute('href')) !== null)""");
        assertThat(linked.asBoolean()).as("every company row links to its timeline").isTrue();
    }

    @Test
    void companyTableSortsByAClickAndFindsAChineseAlias() throws Exception {
        browser.eval("document.querySelectorAll('#company-table th')[3].click(); document.querySelectorAll('#company-table th')[3].click()");
        assertThat(browser.eval("document.querySelector('#company-table tbody tr').cells[0].textContent").asText()).isEqualTo("OpenAI");
        browser.eval("document.querySelectorAll('#company-table th')[3].click()");
        assertThat(browser.eval("document.querySelector('#company-table tbody tr').cells[0].textContent").asText())
                .startsWith("Baichuan"); // ascending, empty cells last
        JsonNode found = browser.eval("""
                (() => { const i = document.getElementById('company-search'); i.value = 'Knowledge Atlas';
                  i.dispatchEvent(new Event('input'));
                  const shown = Array.from(document.querySelectorAll('#company-table tbody tr')).filter(r => !r.hidden);
                  const r = {names: shown.map(r => r.cells[0].textContent), count: document.getElementById('company-count').textContent};
                  i.value = ''; i.dispatchEvent(new Event('input')); return r; })()""");
        assertThat(texts(found.get("names"))).containsExactly("Zhipu AI 智谱");
        assertThat(found.get("count").asText()).isEqualTo("1");
    }

    @Test
    void thePageLoggedNoErrorAndTheWatchWouldSeeOne() throws Exception {
        assertThat(browser.errors()).isEmpty();
        assertThat(browser.dialogs()).isEmpty();
        try (HeadlessChromium probe = new HeadlessChromium(HeadlessChromium.find().orElseThrow(), 400, 300)) {
            Path page = dir.resolve("probe.html");
            Files.writeString(page, "<!DOCTYPE html><title>probe</title><script>console.error('probe');</script>");
            probe.open(page.toUri().toString());
            assertThat(probe.errors()).hasSize(1);
        }
    }

    @Test
    void aHostileLedgerRunsNothing() throws Exception {
        String html = HtmlReport.render(Hostile.input(), Hostile.events(), Map.of());
        Path page = dir.resolve("hostile.html");
        Files.writeString(page, html);
        try (HeadlessChromium probe = new HeadlessChromium(HeadlessChromium.find().orElseThrow(), 800, 600)) {
            probe.open(page.toUri().toString());
            assertThat(probe.dialogs()).isEmpty();
            assertThat(probe.eval("document.querySelectorAll('img, iframe, object').length").asInt()).isZero();
            assertThat(probe.eval("document.scripts.length").asInt()).isEqualTo(1);
            assertThat(probe.eval("document.querySelector('article.company h3').textContent").asText())
                    .isEqualTo(Hostile.NAME);
            assertThat(probe.errors()).isEmpty();
        }
    }

    private List<CSVRecord> csv(String name) throws Exception {
        try (Reader r = Files.newBufferedReader(output.resolve(name))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    static LocalDate day(String s) {
        return LocalDate.parse(s);
    }
}
