package io.roundup.job;

import io.roundup.RoundupApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reject limits, quality gates, progress lines and the run summary, through the real job. */
@ExtendWith(OutputCaptureExtension.class)
class GatesAndLimitsTest {

    private static Path input(Path dir) throws Exception {
        Path input = dir.resolve("input");
        Files.createDirectories(input.resolve("prices"));
        Files.createDirectories(input.resolve("rounds"));
        Files.copy(Path.of("input/companies.csv"), input.resolve("companies.csv"));
        return input;
    }

    @Test
    void pastTheRejectLimitTheStepFailsNamingLimitFileAndLine(@TempDir Path dir, CapturedOutput output) throws Exception {
        Path input = input(dir);
        Files.writeString(input.resolve("prices/ACME.csv"), """
                Date,Open,High,Low,Close,Adj Close,Volume
                2025-01-02,10,11,9,10.5,10.5,1000
                2025-01-03,null,null,null,null,null,null
                2025-01-06,10,9,11,10,10,1000
                2025-01-07,10,11,9,abc,10,1000
                """);
        String[] args = {"--roundup.input=" + input, "--roundup.output=" + dir.resolve("out"), "--roundup.reject-limit=2",
                "runDate=2025-02-01"};
        assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.FAILED);
        assertThat(output.getOut()).contains("roundup.reject-limit=2").contains("ACME.csv line 5");
        // the summary's failure line names the root cause, not the partition handler's wrapper
        String summary = output.getOut().substring(output.getOut().indexOf("run summary:"));
        assertThat(summary).containsPattern("failure: loadPrices:files000: .*roundup.reject-limit=2")
                .doesNotContain("failure: Unable to process chunk")
                .doesNotContain("Partition handler returned an unsuccessful step");
    }

    @Test
    void underTheLimitRejectsAreRecordedOnceAndTheRunCompletes(@TempDir Path dir, CapturedOutput output) throws Exception {
        Path input = input(dir);
        Files.writeString(input.resolve("prices/ACME.csv"), """
                Date,Open,High,Low,Close,Adj Close,Volume
                2025-01-02,10,11,9,10.5,10.5,1000
                2025-01-06,10,9,11,10,10,1000
                """);
        Path out = dir.resolve("out");
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + out,
                "--roundup.progress-seconds=0", "runDate=2025-02-01")).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + out,
                "runDate=2025-02-02")).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(Files.readAllLines(out.resolve("rejects.csv"))).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("ACME.csv,3,high_below_low"));
        assertThat(output.getOut()).contains("run summary: roundup 2025-02-01").contains("loadPrices")
                .contains("rejected in this execution: 1").containsPattern("step loadPrices:files000: \\d+ read, .* items/s");
    }

    @Test
    void aRowFailingACheckGoesIntoReviewAndTheRunCompletes(@TempDir Path dir, CapturedOutput output) throws Exception {
        Path input = input(dir);
        Files.writeString(input.resolve("rounds/rounds.csv"), """
                company,announced_date,round,amount,currency,post_money,note
                Acme Robotics,2025-01-10,Series A,100m,USD,50m,a post-money below the amount raised
                Acme Robotics,2024-03-01,Seed,10m,USD,40m,a sound round
                """);
        Path out = dir.resolve("out");
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + out, "runDate=2025-02-01"))
                .isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(output.getOut()).contains("events in review: 1 (see review.csv");
        List<CSVRecord> review = RoundupJobTest.csv(out.resolve("review.csv"));
        assertThat(review).singleElement().satisfies(r -> {
            assertThat(r.get("company")).isEqualTo("Acme Robotics");
            assertThat(r.get("check")).isEqualTo("post_below_amount");
            assertThat(r.get("detail")).contains("is below the amount raised");
            assertThat(r.get("status")).isEqualTo("pending");
        });
        List<CSVRecord> events = RoundupJobTest.csv(out.resolve("funding_events.csv"));
        assertThat(events).extracting(e -> e.get("round_label") + "=" + e.get("review"))
                .containsExactlyInAnyOrder("Seed=", "Series A=pending");
        // the summaries count only the published round
        CSVRecord acme = RoundupJobTest.csv(out.resolve("company_summary.csv")).get(0);
        assertThat(new BigDecimal(acme.get("total_raised_usd"))).isEqualByComparingTo("10000000");
    }
}
