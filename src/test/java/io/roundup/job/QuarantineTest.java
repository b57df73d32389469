package io.roundup.job;

import io.roundup.RoundupApplication;
import io.roundup.testing.NewsPages;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's case: one implausible event among ordinary news no longer fails the run. It goes into
 * review with its check and sentence, and every other event is published.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuarantineTest {

    @Test
    void aPostMoneyBelowTheAmountLandsInReviewAndEveryOtherEventIsPublished(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path input = NewsPages.input(dir);
        Path out = dir.resolve("out");
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + out, "runDate=2026-02-01"))
                .isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(output.getOut()).contains("rejected in this execution: 0").contains("events in review: 1 (see review.csv")
                .contains("put 1 events into review");

        List<CSVRecord> review = RoundupJobTest.csv(out.resolve("review.csv"));
        assertThat(review).singleElement().satisfies(r -> {
            assertThat(r.get("company")).isEqualTo("Perplexity");
            assertThat(r.get("check")).isEqualTo("post_below_amount");
            assertThat(r.get("detail")).isEqualTo("post-money valuation USD 200000000 is below the amount raised USD 500000000");
            assertThat(r.get("evidence")).contains("raised $500 million in a Series E round at a post-money valuation of $200 million");
            assertThat(r.get("sources")).isEqualTo("perplexity-bad-valuation.txt");
            assertThat(r.get("status")).isEqualTo("pending");
        });

        List<CSVRecord> events = RoundupJobTest.csv(out.resolve("funding_events.csv"));
        assertThat(events).hasSize(7);
        assertThat(events).filteredOn(e -> e.get("review").equals("pending")).extracting(e -> e.get("event_id"))
                .containsExactly(review.get(0).get("event_id"));
        assertThat(events).filteredOn(e -> e.get("review").isEmpty()).extracting(e -> e.get("company"))
                .containsExactlyInAnyOrder("Cohere", "DeepL", "DeepL", "Glean", "Mistral AI", "xAI");
        assertThat(RoundupJobTest.csv(out.resolve("company_summary.csv"))).extracting(c -> c.get("company"))
                .contains("xAI", "Glean").doesNotContain("Perplexity");
        assertThat(RoundupJobTest.tableCounts(out)).containsEntry("funding_events", 7L);
    }

    /**
     * The same case at the size: 38 ordinary news pages (37 of the dev corpus, written for this project,
     * and the implausible one). The run completes with exit 3, that one event is in review with its check and
     * sentence, and every other event and summary row is published exactly as a run without the page publishes it.
     */
    @Test
    void amongThirtyEightPagesOnlyTheImplausibleEventIsHeldBack(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input");
        Path news = Files.createDirectories(input.resolve("news"));
        Files.copy(Path.of("input/companies.csv"), input.resolve("companies.csv"));
        try (Stream<Path> pages = Files.list(Path.of("src/test/resources/corpus/dev/pages"))) {
            for (Path p : pages.sorted().limit(37).toList()) Files.copy(p, news.resolve(p.getFileName()));
        }
        Path without = dir.resolve("without");
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + without, "runDate=2026-02-01"))
                .isEqualTo(ExitCodes.COMPLETED);

        Files.copy(Path.of("src/test/resources/quarantine-news/perplexity-bad-valuation.txt"), news.resolve("perplexity-bad-valuation.txt"));
        try (Stream<Path> pages = Files.list(news)) {
            assertThat(pages.count()).isEqualTo(38);
        }
        Path with = dir.resolve("with");
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + with, "runDate=2026-02-01"))
                .isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

        List<CSVRecord> review = RoundupJobTest.csv(with.resolve("review.csv"));
        assertThat(review).singleElement().satisfies(r -> {
            assertThat(r.get("company")).isEqualTo("Perplexity");
            assertThat(r.get("check")).isEqualTo("post_below_amount");
            assertThat(r.get("evidence")).contains("at a post-money valuation of $200 million");
        });
        List<String> published = Files.readAllLines(with.resolve("funding_events.csv"));
        List<String> others = published.stream().filter(l -> !l.startsWith(review.get(0).get("event_id") + ",")).toList();
        assertThat(published).hasSize(others.size() + 1);
        assertThat(others).hasSizeGreaterThan(40).isEqualTo(Files.readAllLines(without.resolve("funding_events.csv")));
        for (String summary : List.of("company_summary.csv", "country_summary.csv", "ipo_summary.csv")) {
            assertThat(with.resolve(summary)).as(summary).hasSameTextualContentAs(without.resolve(summary));
        }
    }
}
