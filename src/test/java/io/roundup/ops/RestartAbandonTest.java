package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `restart ID` resumes a failed run; `abandon ID` retires it for good. */
class RestartAbandonTest {

    @Test
    void restartResumesAFailedExecutionAtItsFailedStep(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.block();
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.FAILED);
        long failed = f.lastExecutionId();
        f.unblock();

        Fixture.Result restarted = f.cli("restart", String.valueOf(failed));
        assertThat(restarted.code()).as(restarted.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(f.statuses("2026-01-08")).containsExactly("FAILED", "COMPLETED");
        // only the failed step ran again
        assertThat(f.strings("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = " + f.lastExecutionId()))
                .containsExactly("writeOutputs");

        assertThat(f.cli("restart", String.valueOf(failed)).code()).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(f.cli("restart", "999").code()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    }

    @Test
    void anAbandonedExecutionIsNeverRestarted(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.block();
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.FAILED);
        long failed = f.lastExecutionId();
        f.unblock();

        Fixture.Result abandoned = f.cli("abandon", String.valueOf(failed));
        assertThat(abandoned.code()).as(abandoned.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(abandoned.out()).contains("abandoned");
        assertThat(f.statuses("2026-01-08")).containsExactly("ABANDONED");

        assertThat(f.cli("restart", String.valueOf(failed)).code()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        assertThat(f.cli("run", "--run-date=2026-01-08").code()).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(f.cli("abandon", String.valueOf(failed)).code()).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(f.statuses("2026-01-08")).containsExactly("ABANDONED");

        // a new instance for that date is the way on
        assertThat(f.cli("run", "--run-date=2026-01-08", "--force").code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(f.statuses("2026-01-08")).containsExactly("ABANDONED", "COMPLETED");
        assertThat(f.cli("abandon", String.valueOf(f.lastExecutionId())).code()).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(f.cli("abandon", "999").code()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    }
}
