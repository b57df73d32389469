package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.testing.AllCorrections;
import io.roundup.testing.NewsPages;
import io.roundup.testing.PostgresDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reextract over the stored documents: the differences per field first, nothing changed by a dry
 * run, then applied as a run with corrections kept and history recorded; on H2 and on PostgreSQL.
 * The stored text of a page is edited in the database to stand in for an extractor that now reads
 * it differently.
 */
class ReextractTest {

    private Path input;
    private Path output;
    /** The PostgreSQL database of the test, or null for the embedded H2 of the output folder. */
    private String url;

    private Fixture fixture() {
        return new Fixture(input, output, url == null ? List.of()
                : List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresDatabases.USER));
    }

    private Fixture.Result cli(String... args) {
        return fixture().cli(args);
    }

    /** A statement on the database the commands use. */
    private void sql(String statement) throws Exception {
        if (url == null) {
            fixture().update(statement);
            return;
        }
        try (Connection c = DriverManager.getConnection(url, PostgresDatabases.USER, ""); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    enum Database { H2, POSTGRES }

    private interface Scenario {
        void run() throws Exception;
    }

    /**
     * The scenario over the news pages in {@code dir}, with every command and every page edit on H2 or on
     * a throwaway PostgreSQL database.
     */
    private void on(Database database, String name, Path dir, Scenario scenario) throws Exception {
        input = NewsPages.input(dir);
        output = dir.resolve("out");
        if (database == Database.H2) {
            scenario.run();
            return;
        }
        PostgresDatabases.withDatabase(name, db -> {
            url = db;
            scenario.run();
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void showsTheChangesPerFieldThenAppliesThemKeepingCorrections(Database database, @TempDir Path dir) throws Exception {
        on(database, "roundup_reextract", dir, () -> showsTheChangesPerFieldThenAppliesThemKeepingCorrections(dir));
    }

    private void showsTheChangesPerFieldThenAppliesThemKeepingCorrections(Path dir) throws Exception {
        assertThat(cli("correct", "--document=mistral-series-c.txt", "--company=Mistral AI", "--set=leads=ASML; a16z",
                "--by=ana", "--why=press release").code()).isZero();
        assertThat(cli("run", "--run-date=2026-03-01").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        byte[] first = Files.readAllBytes(output.resolve("funding_events.csv"));
        String xai = NewsPages.event(output.resolve("funding_events.csv"), "xAI").get("event_id");

        Fixture.Result nothing = cli("reextract", "--dry-run", "--run-date=2026-03-02");
        assertThat(nothing.code()).as(nothing.toString()).isZero();
        assertThat(nothing.out()).contains("re-extraction would change 0 event(s) (dry run: nothing changed)");

        sql("UPDATE documents SET body = REPLACE(body, '$230 billion', '$250 billion') WHERE file = 'xai-series-e.txt'");
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

    @ParameterizedTest
    @EnumSource(Database.class)
    void everyKindOfCorrectionSurvivesAReRunAndAReextract(Database database, @TempDir Path dir) throws Exception {
        on(database, "roundup_reextract_corrections", dir, () -> everyKindOfCorrectionSurvivesAReRunAndAReextract(dir));
    }

    /**
     * Each kind of correction (every field of a set, not_event, merge, approve) in one file: applied
     * by a run, again by a re-run, and again by a reextract that reads two corrected pages differently:
     * Glean's valuation (not corrected) follows the new reading, Mistral's (corrected) stays the analyst's.
     */
    private void everyKindOfCorrectionSurvivesAReRunAndAReextract(Path dir) throws Exception {
        AllCorrections.write(input);
        // the ECB's USD rates of the days the euro figures are dated (the rest of the history is not needed)
        Files.createDirectories(input.resolve("fx"));
        Files.writeString(input.resolve("fx/eurofxref-hist.csv"), """
                Date,USD,
                2025-09-09,1.1744,
                2025-06-11,1.1433,
                2025-06-10,1.1429,
                """);
        Path events = output.resolve("funding_events.csv");

        Fixture.Result run = cli("run", "--run-date=2026-03-01");
        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.COMPLETED);  // Perplexity approved: nothing in review
        AllCorrections.assertApplied(output);
        byte[] first = Files.readAllBytes(events);

        assertThat(cli("run", "--run-date=2026-03-02").code()).isEqualTo(ExitCodes.COMPLETED);
        AllCorrections.assertApplied(output);
        assertThat(events).as("a re-run gives the same corrected ledger").hasBinaryContent(first);

        String glean = NewsPages.event(events, "Glean").get("event_id");
        sql("UPDATE documents SET body = REPLACE(body, '$7.2 billion', '$7.5 billion') WHERE file = 'glean-series-f.txt'");
        sql("UPDATE documents SET body = REPLACE(body, '€11.7 billion', '€11.9 billion') WHERE file = 'mistral-series-c.txt'");
        Fixture.Result dry = cli("reextract", "--dry-run", "--run-date=2026-03-03");
        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("re-extraction would change 2 event(s)")
                .contains("changed " + glean + " (Glean)")
                .contains("post_money_valuation: 7200000000 -> 7500000000");
        // Mistral's new reading changes its sentence only: the corrected valuation stays the analyst's
        assertThat(dry.out().substring(dry.out().indexOf("(Mistral AI)"))).contains("evidence:")
                .doesNotContain("post_money_valuation").doesNotContain("(Glean)");

        Fixture.Result applied = cli("reextract", "--run-date=2026-03-03");
        assertThat(applied.code()).as(applied.toString()).isEqualTo(ExitCodes.COMPLETED);
        AllCorrections.assertApplied(output);
        assertThat(NewsPages.event(events, "Glean").get("event_id")).isEqualTo(glean);
        assertThat(NewsPages.event(events, "Glean").get("post_money_valuation")).isEqualTo("7500000000");
        assertThat(NewsPages.event(events, "Mistral AI").get("evidence")).contains("post-money valuation of €11.9 billion");
        assertThat(cli("changes", "--since=2026-03-03").out())
                .containsPattern("2026-03-03 +\\d+ +" + glean + " +Glean +changed +post_money_valuation,post_money_valuation_usd,evidence +re-extraction")
                .containsPattern("2026-03-03 +\\d+ +ev-\\w+ +Mistral AI +changed +evidence +re-extraction");
        assertThat(cli("ledger", "--as-of=2026-03-02", "--out=" + dir.resolve("before.csv")).code()).isZero();
        assertThat(dir.resolve("before.csv")).hasBinaryContent(first);
        assertThat(cli("ledger", "--as-of=2026-03-03", "--out=" + dir.resolve("after.csv")).code()).isZero();
        assertThat(dir.resolve("after.csv")).hasSameBinaryContentAs(events);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void pagesFetchedEarlierAreReadAgainFromTheirRawCopiesWithoutFetching(Database database, @TempDir Path dir) throws Exception {
        on(database, "roundup_reextract_raw", dir, () -> pagesFetchedEarlierAreReadAgainFromTheirRawCopiesWithoutFetching(dir));
    }

    private void pagesFetchedEarlierAreReadAgainFromTheirRawCopiesWithoutFetching(Path dir) throws Exception {
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
        sql("INSERT INTO fetched_pages (url, fetched_at, http_status, content_hash, "
                + "raw_path) VALUES ('http://127.0.0.1:9/harvey', CURRENT_TIMESTAMP, 200, '0a1b', '0a1b.html')");
        Fixture.Result dry = cli("reextract", "--dry-run", "--run-date=2026-03-02");
        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("re-extraction would change 1 event(s)").containsPattern("new ev-\\w+ \\(Harvey\\)");
        assertThat(cli("reextract", "--run-date=2026-03-02").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(NewsPages.event(output.resolve("funding_events.csv"), "Harvey").get("sources")).isEqualTo("http://127.0.0.1:9/harvey");
    }
}
