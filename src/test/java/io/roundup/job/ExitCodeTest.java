package io.roundup.job;

import io.roundup.RoundupApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The process exit codes a cron job or a shell script sees. */
class ExitCodeTest {

    /** The smallest input that runs: the sample registry and one news page. */
    static Path smallInput(Path dir) throws Exception {
        Path input = dir.resolve("input");
        Files.createDirectories(input.resolve("news"));
        Files.copy(Path.of("input/companies.csv"), input.resolve("companies.csv"));
        Files.writeString(input.resolve("news/a.txt"), """
                xAI closes a $20 billion round

                2026-01-07

                xAI said on Tuesday it had raised $20 billion in a Series E round, valuing it at $230 billion.
                """);
        return input;
    }

    @Test
    void badRunDateIsABadArgument(@TempDir Path dir) throws Exception {
        Path input = smallInput(dir);
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + dir.resolve("out"),
                "runDate=2026-13-45")).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + dir.resolve("out"),
                "rundate=2026-01-01")).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    }

    @Test
    void missingInputFolderIsABadArgument(@TempDir Path dir) {
        assertThat(RoundupApplication.run("--roundup.input=" + dir.resolve("nowhere"), "--roundup.output=" + dir.resolve("out"),
                "runDate=2026-01-08")).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    }

    @Test
    void aCompletedRunDateHasNothingToDo(@TempDir Path dir) throws Exception {
        Path input = smallInput(dir);
        String[] args = {"--roundup.input=" + input, "--roundup.output=" + dir.resolve("out"), "runDate=2026-01-08"};
        assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.COMPLETED);
        assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.NOTHING_TO_DO);
    }

    @Test
    void aFailedRunExitsNonZeroAndTheSameCommandRestartsIt(@TempDir Path dir) throws Exception {
        Path input = smallInput(dir);
        Path out = dir.resolve("out");
        // a folder where mentions.csv should go makes writeOutputs fail, after every other step succeeded
        Files.createDirectories(out.resolve("mentions.csv").resolve("blocker"));
        String[] args = {"--roundup.input=" + input, "--roundup.output=" + out, "runDate=2026-01-08"};
        assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.FAILED);
        assertThat(out.resolve("funding_events.csv")).doesNotExist();

        Files.delete(out.resolve("mentions.csv").resolve("blocker"));
        Files.delete(out.resolve("mentions.csv"));
        assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.COMPLETED);
        assertThat(Files.readString(out.resolve("funding_events.csv"))).contains("xAI");
        assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.NOTHING_TO_DO);
    }

    @Test
    void aJobInstanceLeftWithoutExecutionByACrashIsStartedAfresh(@TempDir Path dir) throws Exception {
        Path input = smallInput(dir);
        Path out = dir.resolve("out");
        String[] args = {"--roundup.input=" + input, "--roundup.output=" + out, "runDate=2026-01-08"};
        assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.COMPLETED);
        // what a kill between "create instance" and "create execution" leaves behind
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + out.toAbsolutePath() + "/roundup", "sa", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT");
            s.execute("DELETE FROM BATCH_STEP_EXECUTION");
            s.execute("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT");
            s.execute("DELETE FROM BATCH_JOB_EXECUTION_PARAMS");
            s.execute("DELETE FROM BATCH_JOB_EXECUTION");
        }
        assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.COMPLETED);
        assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.NOTHING_TO_DO);
    }
}
