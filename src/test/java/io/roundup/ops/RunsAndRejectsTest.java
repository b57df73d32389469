package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `runs` shows executions with their steps and counts; `rejects` the recorded bad rows. */
class RunsAndRejectsTest {

    @Test
    void runsShowsStepsCountsAndFailures(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        assertThat(f.cli("runs").code()).as("no database yet").isEqualTo(ExitCodes.BAD_ARGUMENTS);
        f.addBadPrice();
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        f.block();
        assertThat(f.cli("run", "--run-date=2026-01-09").code()).isEqualTo(ExitCodes.FAILED);

        Fixture.Result runs = f.cli("runs");
        assertThat(runs.code()).isZero();
        String out = runs.out();
        // newest first
        assertThat(out.indexOf("execution 2  run 2026-01-09  FAILED")).isNotNegative()
                .isLessThan(out.indexOf("execution 1  run 2026-01-08  COMPLETED"));
        assertThat(out).containsPattern("loadPrices +COMPLETED +2 +1 +1 ");
        assertThat(out).containsPattern("loadCompanies +COMPLETED +44 +44 +0 ");
        assertThat(out).containsPattern("writeOutputs +FAILED .*Exception");
        assertThat(out).contains("started 20", "took ");

        Fixture.Result one = f.cli("runs", "--limit=1");
        assertThat(one.out()).contains("execution 2 ").doesNotContain("execution 1 ");
    }

    @Test
    void aFailedRunShowsItsRootCauseNotSpringBatchsWrapper(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        Files.createDirectories(f.input.resolve("prices"));
        Files.writeString(f.input.resolve("prices/ACME.csv"), """
                Date,Open,High,Low,Close,Adj Close,Volume
                2025-01-02,10,11,9,10.5,10.5,1000
                2025-01-03,null,null,null,null,null,null
                2025-01-06,10,9,11,10,10,1000
                """);
        assertThat(f.cli("--roundup.reject-limit=1", "run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.FAILED);
        String out = f.cli("runs").out();
        assertThat(out).contains("  loadPrices:files000: RejectLimitExceededException: step loadPrices rejected more than "
                + "roundup.reject-limit=1 rows; the last: ACME.csv line 4");
        assertThat(out).containsPattern("loadPrices +FAILED .*loadPrices:files000: RejectLimitExceededException");
        assertThat(out).doesNotContain("Partition handler returned").doesNotContain("Unable to process chunk");
    }

    @Test
    void rejectsOfAnExecutionOrARunDate(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.addBadPrice();
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        long id = f.lastExecutionId();

        Fixture.Result byExecution = f.cli("rejects", "--execution=" + id);
        assertThat(byExecution.code()).isZero();
        assertThat(byExecution.out()).contains("1 rejects in the steps of execution " + id)
                .containsPattern("loadPrices +NVDA.csv +3 +\\S*high");
        assertThat(f.cli("rejects", "--run-date=2026-01-08").out()).contains("NVDA.csv");
        assertThat(f.cli("rejects").out()).contains("1 rejects in all steps");

        assertThat(f.cli("rejects", "--execution=999").code()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        assertThat(f.cli("rejects", "--run-date=2020-01-01").code()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    }

    /** ESC, BEL and CSI/OSC sequences a web page (or anyone writing a file) can put in a reject's raw text. */
    static final String HOSTILE = "\u001b]0;owned\u0007\u001b[2J\u001b[31mred\u001b[0m\u009b1m\u202eevil";

    @Test
    void rejectsAndRunsPrintNoTerminalEscapeSequences(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        java.nio.file.Files.createDirectories(f.input.resolve("prices"));
        java.nio.file.Files.writeString(f.input.resolve("prices/NVDA.csv"), "Date,Open,High,Low,Close,Adj Close,Volume\n"
                + "2026-01-05,100,110,95,105,105,1000\n2026-01-06,100,90,95,92,92,1000" + HOSTILE + "\n");
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(f.strings("SELECT raw FROM rejects")).anyMatch(raw -> raw.contains("\u001b]0;owned"));
        f.update("UPDATE BATCH_STEP_EXECUTION SET EXIT_MESSAGE = 'boom' || CHAR(27) || '[2J' || CHAR(7) WHERE STEP_NAME = 'loadPrices'");
        f.update("UPDATE BATCH_JOB_EXECUTION SET EXIT_MESSAGE = 'job' || CHAR(27) || ']0;t' || CHAR(7) || 'end'");

        String rejects = f.cli("rejects").out();
        String runs = f.cli("runs").out();

        for (String out : java.util.List.of(rejects, runs)) {
            assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c == 0x202e))
                    .as(out).isEmpty();
        }
        assertThat(rejects).contains("1000redevil").doesNotContain("owned");
        assertThat(runs).contains("boom").contains("jobend");
    }

    @Test
    void theOutputFolderMayComeFromAConfigurationFile(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.COMPLETED);
        Path config = dir.resolve("roundup.properties");
        java.nio.file.Files.writeString(config, "roundup.output=" + f.output.toString().replace('\\', '/') + "\n");

        Fixture.Result runs = Fixture.raw("--spring.config.additional-location=file:" + config, "runs");
        assertThat(runs.code()).as(runs.toString()).isZero();
        assertThat(runs.out()).contains("execution 1  run 2026-01-08  COMPLETED");
        java.nio.file.Files.writeString(config, "roundup.output=" + dir.resolve("empty").toString().replace('\\', '/') + "\n");
        assertThat(Fixture.raw("--spring.config.additional-location=file:" + config, "runs").code())
                .as("a folder without a database").isEqualTo(ExitCodes.BAD_ARGUMENTS);
    }
}
