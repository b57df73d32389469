package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each date its own instance, in order; completed dates skipped; stops at the first failure; resumable. */
class BackfillCommandTest {

    @Test
    void threeDatesWithTheMiddleOneFailingThenResumed(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        assertThat(f.cli("backfill", "--from=2026-01-01", "--to=2026-01-01").code()).isEqualTo(ExitCodes.COMPLETED);

        // from now on writeOutputs fails: 01-01 is skipped (completed), 01-02 fails, 01-03 is not tried
        f.block();
        Fixture.Result failed = f.cli("backfill", "--from=2026-01-01", "--to=2026-01-03");
        assertThat(failed.code()).as(failed.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(f.statuses("2026-01-01")).containsExactly("COMPLETED");
        assertThat(f.statuses("2026-01-02")).containsExactly("FAILED");
        assertThat(f.statuses("2026-01-03")).isEmpty();

        f.unblock();
        Fixture.Result resumed = f.cli("backfill", "--from=2026-01-01", "--to=2026-01-03");
        assertThat(resumed.code()).as(resumed.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(f.statuses("2026-01-01")).containsExactly("COMPLETED");
        // the failed date was restarted (same instance, a second execution), not started afresh
        assertThat(f.statuses("2026-01-02")).containsExactly("FAILED", "COMPLETED");
        assertThat(f.statuses("2026-01-03")).containsExactly("COMPLETED");
        assertThat(f.count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(3);
        // in date order
        assertThat(f.strings("SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.PARAMETER_NAME = 'runDate' "
                + "ORDER BY p.JOB_EXECUTION_ID")).containsExactly("2026-01-01", "2026-01-02", "2026-01-02", "2026-01-03");

        assertThat(f.cli("backfill", "--from=2026-01-01", "--to=2026-01-03").code()).isEqualTo(ExitCodes.NOTHING_TO_DO);
    }
}
