package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `prune` removes the metadata of executions that ended long ago and keeps the recent ones. */
class PruneCommandTest {

    private static final String[] TABLES = {"BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS",
            "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_STEP_EXECUTION_CONTEXT"};

    @Test
    void prunesOldExecutionsChildrenFirstAndKeepsRecentOnes(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        assertThat(f.cli("run", "--run-date=2026-01-01").code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(f.cli("run", "--run-date=2026-01-02").code()).isEqualTo(ExitCodes.COMPLETED);
        f.block();
        assertThat(f.cli("run", "--run-date=2026-01-03").code()).isEqualTo(ExitCodes.FAILED);
        f.unblock();
        long steps = f.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = 1");
        long stepsTotal = f.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION");
        long companies = f.count("SELECT COUNT(*) FROM companies");

        // the first run ended 40 days ago, the failed one 31: both older than 30 days; the second is recent
        f.update("UPDATE BATCH_JOB_EXECUTION SET END_TIME = DATEADD('DAY', -40, CURRENT_TIMESTAMP) WHERE JOB_EXECUTION_ID = 1");
        f.update("UPDATE BATCH_JOB_EXECUTION SET END_TIME = DATEADD('DAY', -31, CURRENT_TIMESTAMP) WHERE JOB_EXECUTION_ID = 3");

        Fixture.Result pruned = f.cli("prune", "--older-than-days=30");
        assertThat(pruned.code()).as(pruned.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(pruned.out()).containsPattern("BATCH_JOB_EXECUTION +2\\n").containsPattern("BATCH_JOB_INSTANCE +2\\n")
                .containsPattern("BATCH_STEP_EXECUTION +" + (stepsTotal - steps) + "\\n");

        assertThat(f.strings("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION")).containsExactly("2");
        assertThat(f.count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION")).isEqualTo(steps);
        assertThat(f.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION_CONTEXT")).isEqualTo(steps);
        assertThat(f.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS")).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_CONTEXT")).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM companies")).as("roundup tables untouched").isEqualTo(companies);

        // nothing more is that old
        Fixture.Result again = f.cli("prune", "--older-than-days=30");
        assertThat(again.code()).isZero();
        for (String t : TABLES) assertThat(again.out()).containsPattern(t + " +0\\n");
        // the kept run is still known as done; a pruned date is not
        assertThat(f.cli("run", "--run-date=2026-01-02").code()).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(f.cli("run", "--run-date=2026-01-01").code()).isEqualTo(ExitCodes.COMPLETED);
    }

    @Test
    void neverARunningExecution(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        assertThat(f.cli("run", "--run-date=2026-01-01").code()).isEqualTo(ExitCodes.COMPLETED);
        // as seen by another host sharing the database: STARTED, though with an old END_TIME from some bug
        f.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STOPPING', END_TIME = DATEADD('DAY', -40, CURRENT_TIMESTAMP)");
        Fixture.Result pruned = f.cli("prune", "--older-than-days=1");
        assertThat(pruned.code()).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(1);
    }
}
