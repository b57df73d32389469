package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `dry-run` reads, validates and extracts everything, prints it, and writes nothing at all. */
class DryRunTest {

    @Test
    void reportsRowsRejectsAndEventsAndWritesNothing(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.addBadPrice();
        Files.writeString(f.input.resolve("news/not-an-article.html"), "<html><body><p>Cookies.</p></body></html>");
        Files.writeString(f.input.resolve("corrections.csv"), """
                event_id,document,company,action,field,value,who,why
                ,a.txt,xAI,set,leads,Valor,ana,press release
                ,a.txt,xAI,set,date,yesterday,ana,typo
                """);

        Fixture.Result r = f.cli("dry-run", "--run-date=2026-01-08");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(r.out())
                .containsPattern("companies.csv +companies +44 +0")
                .containsPattern("prices/NVDA.csv +prices +1 +1")
                .containsPattern("prices/NVDA.csv +3 +\\S*high")
                .containsPattern("news/a.txt +news +1 +0 +1 events")
                .containsPattern("corrections.csv +corrections +1 +1 +targets are looked up by the run")
                .containsPattern("corrections.csv +3 +bad_correction: expected a date yyyy-mm-dd, got 'yesterday'")
                .contains("news/not-an-article.html")
                .contains("xAI funding_round")
                .contains("20000000000 USD");
        assertThat(f.output).as("no output folder, no database, no lock").doesNotExist();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("input");
    }

    @Test
    void rowsAfterTheRunDateAreRejectedAsTheJobWould(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.addBadPrice();
        Fixture.Result early = f.cli("dry-run", "--run-date=2026-01-05");
        assertThat(early.out()).containsPattern("prices/NVDA.csv +prices +1 +1");
        Fixture.Result clean = Fixture.raw("--roundup.input=" + Fixture.smallInput(dir.resolve("clean")), "dry-run",
                "--run-date=2026-01-08");
        assertThat(clean.code()).as(clean.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(clean.out()).contains("rejects: 0");
    }

    @Test
    void theSampleInputDryRunsWithItsDeliberateRejects() {
        Fixture.Result r = Fixture.raw("--roundup.input=input", "dry-run", "--run-date=2026-04-30");
        assertThat(r.code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(r.out()).contains("fx/", "prices/", "not_article", "unknown_currency");
    }

    @Test
    void listsWhatARunWouldFetchAndNothingOffline(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        Files.writeString(f.input.resolve("sources.csv"), """
                url,kind
                https://news.example/feed.xml,feed
                https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip,fx
                https://prices.example/q/{symbol}.csv,prices
                """);
        Fixture.Result r = f.cli("dry-run", "--run-date=2026-01-08");
        assertThat(r.out()).containsPattern("sources.csv +sources +3 +0 +not fetched by a dry run")
                .contains("  feed https://news.example/feed.xml")
                .contains("  fx https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip")
                .contains("  prices https://prices.example/q/NVDA.csv")
                .containsPattern("would fetch \\d+ URLs");
        Fixture.Result offline = f.cli("dry-run", "--run-date=2026-01-08", "--offline");
        assertThat(offline.out()).containsPattern("would fetch nothing: --offline \\(\\d+ URLs listed in sources.csv\\)")
                .doesNotContain("  fx https://www.ecb.europa.eu");
        assertThat(f.output).doesNotExist();
    }
}
