package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.testing.NewsPages;
import io.roundup.testing.PostgresDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger remembers what it knew: three runs over changing input (a page added, a page whose
 * figure changed, a correction), and `ledger --as-of` gives back each run's funding_events.csv byte
 * for byte, on H2 and on PostgreSQL; `changes --since` says what changed and why.
 */
class LedgerHistoryTest {

    private Path input;
    private Path output;
    private List<String> database = List.of();

    private Fixture.Result cli(String... args) {
        return new Fixture(input, output, database).cli(args);
    }

    /** The three runs; returns each run date's funding_events.csv as the run wrote it. */
    private Map<String, byte[]> threeRuns(Path dir) throws Exception {
        input = NewsPages.input(dir);
        output = dir.resolve("out");
        Path news = input.resolve("news");
        Path cohere = Files.move(news.resolve("cohere-round.txt"), dir.resolve("cohere-round.txt"));
        Map<String, byte[]> files = new LinkedHashMap<>();

        assertThat(cli("run", "--run-date=2026-03-01").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        files.put("2026-03-01", Files.readAllBytes(output.resolve("funding_events.csv")));

        // a new article, and xAI's page now says $25 billion: another event id, the old one goes
        Files.move(cohere, news.resolve("cohere-round.txt"));
        Files.writeString(news.resolve("xai-series-e.txt"), Files.readString(news.resolve("xai-series-e.txt"))
                .replace("$20 billion", "$25 billion"));
        assertThat(cli("run", "--run-date=2026-03-02").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        files.put("2026-03-02", Files.readAllBytes(output.resolve("funding_events.csv")));

        // an analyst corrects Perplexity's valuation and drops Glean's
        assertThat(cli("correct", "--document=perplexity-bad-valuation.txt", "--company=Perplexity",
                "--set=valuation=20000000000", "--by=ana", "--why=press release").code()).isZero();
        assertThat(cli("correct", "--document=glean-series-f.txt", "--company=Glean", "--not-event", "--by=ana",
                "--why=a rumour").code()).isZero();
        assertThat(cli("run", "--run-date=2026-03-03").code()).isEqualTo(ExitCodes.COMPLETED);
        files.put("2026-03-03", Files.readAllBytes(output.resolve("funding_events.csv")));
        return files;
    }

    private void everyRunIsReproducedByteForByte(Path dir, Map<String, byte[]> files) throws Exception {
        assertThat(files.get("2026-03-01")).isNotEqualTo(files.get("2026-03-02"));
        assertThat(files.get("2026-03-02")).isNotEqualTo(files.get("2026-03-03"));
        for (var run : files.entrySet()) {
            Path out = dir.resolve("as-of-" + run.getKey() + ".csv");
            Fixture.Result r = cli("ledger", "--as-of=" + run.getKey(), "--out=" + out);
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(out).as(run.getKey()).hasBinaryContent(run.getValue());
        }
        // without --out, the same bytes on standard output
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = LedgerCommand.stdout;
        LedgerCommand.stdout = new java.io.PrintStream(bytes, true);
        try {
            assertThat(cli("ledger", "--as-of=2026-03-02").code()).isZero();
        } finally {
            LedgerCommand.stdout = before;
        }
        assertThat(bytes.toByteArray()).isEqualTo(files.get("2026-03-02"));
        // a day between runs is the day of the run before it
        Path later = dir.resolve("later.csv");
        assertThat(cli("ledger", "--as-of=2026-04-01", "--out=" + later).code()).isZero();
        assertThat(later).hasBinaryContent(files.get("2026-03-03"));
        assertThat(cli("ledger", "--as-of=2026-02-28", "--out=" + later).code()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    }

    @Test
    void onH2(@TempDir Path dir) throws Exception {
        Map<String, byte[]> files = threeRuns(dir);
        everyRunIsReproducedByteForByte(dir, files);

        Fixture.Result changes = cli("changes", "--since=2026-03-02");
        assertThat(changes.code()).isZero();
        assertThat(changes.out()).contains("changes by the runs of 2026-03-02 and later")
                .containsPattern("2026-03-02 +\\d+ +ev-\\w+ +Cohere +new +from cohere-round.txt")
                .containsPattern("2026-03-02 +\\d+ +ev-\\w+ +xAI +removed +no source reports it any more")
                .containsPattern("2026-03-02 +\\d+ +ev-\\w+ +xAI +new +from xai-series-e.txt")
                .containsPattern("2026-03-03 +\\d+ +ev-\\w+ +Perplexity +corrected +post_money_valuation,post_money_valuation_usd,review,corrected_fields +correction")
                .containsPattern("2026-03-03 +\\d+ +ev-\\w+ +Glean +removed +correction: not_event by ana: a rumour")
                .doesNotContain("2026-03-01");
        assertThat(cli("changes", "--since=2026-03-01").out()).contains("11 changes by the runs of 2026-03-01");
    }

    @Test
    void onPostgres(@TempDir Path dir) throws Exception {
        PostgresDatabases.withDatabase("roundup_history", url -> {
            database = List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresDatabases.USER);
            everyRunIsReproducedByteForByte(dir, threeRuns(dir));
        });
    }
}
