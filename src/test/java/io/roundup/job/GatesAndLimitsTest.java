package io.roundup.job;

import io.roundup.RoundupApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void aFailedQualityGateFailsTheRunAndNamesTheRow(@TempDir Path dir, CapturedOutput output) throws Exception {
        Path input = input(dir);
        Files.writeString(input.resolve("rounds/rounds.csv"), """
                company,announced_date,round,amount,currency,post_money,note
                Acme Robotics,2025-01-10,Series A,100m,USD,50m,a post-money below the amount raised
                """);
        Path out = dir.resolve("out");
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + out, "runDate=2025-02-01"))
                .isEqualTo(ExitCodes.FAILED);
        assertThat(output.getOut()).contains("quality gates failed on 1 row(s)").contains("(Acme Robotics)")
                .contains("is below the amount raised");
        assertThat(out.resolve("funding_events.csv")).doesNotExist();
    }
}
