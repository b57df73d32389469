package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `run` is also a line without a command; `--force` runs a completed date again as a new instance. */
class RunCommandTest {

    @Test
    void runThenNothingToDoThenForceStartsANewInstance(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.NOTHING_TO_DO);

        assertThat(f.cli("run", "--run-date=2026-01-08", "--force").code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(f.cli("run", "--run-date=2026-01-08", "--force").code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(f.count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(3);
        assertThat(f.strings("SELECT PARAMETER_VALUE || ':' || IDENTIFYING FROM BATCH_JOB_EXECUTION_PARAMS "
                + "WHERE PARAMETER_NAME = 'attempt' ORDER BY JOB_EXECUTION_ID")).containsExactly("1:Y", "2:Y");
        // the plain run date still means the first instance, which completed
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.NOTHING_TO_DO);

        Fixture.Result runs = f.cli("runs");
        assertThat(runs.out()).contains("run 2026-01-08 #2", "run 2026-01-08 #1", "run 2026-01-08  COMPLETED");
    }

    @Test
    void aForcedRunThatFailedIsRestartedByTheNextForce(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.COMPLETED);
        f.block();
        assertThat(f.cli("run", "--run-date=2026-01-08", "--force").code()).isEqualTo(ExitCodes.FAILED);
        f.unblock();
        assertThat(f.cli("run", "--run-date=2026-01-08", "--force").code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(f.count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(2);
        assertThat(f.statuses("2026-01-08")).containsExactly("COMPLETED", "FAILED", "COMPLETED");
    }

    @Test
    void aLineWithoutACommandAndTheOldRunDateAreRunOfTheSameDate(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        Fixture.Result old = f.cli("runDate=2026-01-08");
        assertThat(old.code()).as(old.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(old.err()).contains("warning: 'runDate=2026-01-08' is deprecated; write 'run --run-date=2026-01-08'");
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).as("the same run").isEqualTo(ExitCodes.NOTHING_TO_DO);
        Fixture.Result plain = f.cli("--run-date=2026-01-08");
        assertThat(plain.code()).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(plain.err()).doesNotContain("deprecated");
        assertThat(f.count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
    }

    @Test
    void runWithoutAnInputFolderIsABadArgument(@TempDir Path dir) {
        Fixture.Result r = Fixture.raw("--roundup.input=" + dir.resolve("nowhere"), "--roundup.output=" + dir.resolve("out"),
                "run", "--run-date=2026-01-08");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    }
}
