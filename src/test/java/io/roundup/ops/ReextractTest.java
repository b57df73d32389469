package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.testing.NewsPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reextract over the stored documents: the differences per field first, nothing changed by a dry
 * run, then applied as a run with corrections kept and history recorded. The stored text of one
 * page is edited in the database to stand in for an extractor that now reads it differently.
 */
class ReextractTest {

    private Path input;
    private Path output;

    private Fixture.Result cli(String... args) {
        return new Fixture(input, output, List.of()).cli(args);
    }

    @Test
    void showsTheChangesPerFieldThenAppliesThemKeepingCorrections(@TempDir Path dir) throws Exception {
        input = NewsPages.input(dir);
        output = dir.resolve("out");
        assertThat(cli("correct", "--document=mistral-series-c.txt", "--company=Mistral AI", "--set=leads=ASML; a16z",
                "--by=ana", "--why=press release").code()).isZero();
        assertThat(cli("run", "--run-date=2026-03-01").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        byte[] first = Files.readAllBytes(output.resolve("funding_events.csv"));
        String xai = NewsPages.event(output.resolve("funding_events.csv"), "xAI").get("event_id");

        Fixture.Result nothing = cli("reextract", "--dry-run", "--run-date=2026-03-02");
        assertThat(nothing.code()).as(nothing.toString()).isZero();
        assertThat(nothing.out()).contains("re-extraction would change 0 event(s) (dry run: nothing changed)");

        new Fixture(input, output, List.of()).update("UPDATE documents SET body = REPLACE(body, '$230 billion', '$250 billion') WHERE file = 'xai-series-e.txt'");
        Fixture.Result dry = cli("reextract", "--dry-run", "--run-date=2026-03-02");
        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("re-extraction would change 1 event(s)")
                .contains("changed " + xai + " (xAI)")
                .contains("post_money_valuation: 230000000000 -> 250000000000");
        assertThat(cli("ledger", "--as-of=2026-03-02", "--out=" + dir.resolve("still.csv")).code()).isZero();
        assertThat(dir.resolve("still.csv")).hasBinaryContent(first);
        assertThat(output.resolve("funding_events.csv")).hasBinaryContent(first);

        Fixture.Result applied = cli("reextract", "--run-date=2026-03-02");
        assertThat(applied.code()).as(applied.toString()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);  // Perplexity is still in review
        assertThat(applied.out()).contains("re-extraction changes 1 event(s)");
        assertThat(NewsPages.event(output.resolve("funding_events.csv"), "xAI").get("post_money_valuation")).isEqualTo("250000000000");
        assertThat(NewsPages.event(output.resolve("funding_events.csv"), "Mistral AI").get("lead_investors")).isEqualTo("ASML;a16z");
        assertThat(cli("changes", "--since=2026-03-02").out()).containsPattern(
                "2026-03-02 +\\d+ +" + xai + " +xAI +changed +post_money_valuation,post_money_valuation_usd,evidence +re-extraction");
        assertThat(cli("ledger", "--as-of=2026-03-01", "--out=" + dir.resolve("before.csv")).code()).isZero();
        assertThat(dir.resolve("before.csv")).hasBinaryContent(first);
        assertThat(cli("runs").out()).containsPattern("execution \\d+  reextract 2026-03-02  COMPLETED");
    }

    @Test
    void pagesFetchedEarlierAreReadAgainFromTheirRawCopiesWithoutFetching(@TempDir Path dir) throws Exception {
        input = NewsPages.input(dir);
        output = dir.resolve("out");
        assertThat(cli("run", "--run-date=2026-03-01").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        // a page an earlier run fetched, kept in raw/, whose text the ledger does not hold yet
        Files.createDirectories(output.resolve("raw"));
        Files.writeString(output.resolve("raw/0a1b.html"), """
                <html><head><title>Harvey raises $300 million | Loopback News</title>
                <meta property="article:published_time" content="2025-06-23T07:00:00Z"></head>
                <body><article><h1>Harvey raises $300 million</h1>
                <p>Harvey said on Monday that it had raised $300 million in a Series E round led by Kleiner Perkins
                and Coatue, valuing the legal AI start-up at $5 billion after the investment.</p>
                <p>The company plans to spend the money on hiring and on its work with law firms in Europe and Asia,
                where it has opened offices this year.</p></article></body></html>
                """);
        new Fixture(input, output, List.of()).update("INSERT INTO fetched_pages (url, fetched_at, http_status, content_hash, "
                + "raw_path) VALUES ('http://127.0.0.1:9/harvey', CURRENT_TIMESTAMP, 200, '0a1b', '0a1b.html')");
        Fixture.Result dry = cli("reextract", "--dry-run", "--run-date=2026-03-02");
        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("re-extraction would change 1 event(s)").containsPattern("new ev-\\w+ \\(Harvey\\)");
        assertThat(cli("reextract", "--run-date=2026-03-02").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(NewsPages.event(output.resolve("funding_events.csv"), "Harvey").get("sources")).isEqualTo("http://127.0.0.1:9/harvey");
    }
}
