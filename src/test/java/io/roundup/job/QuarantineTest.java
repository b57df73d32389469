package io.roundup.job;

import io.roundup.RoundupApplication;
import io.roundup.testing.NewsPages;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Path;
import java.util.List;

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
}
