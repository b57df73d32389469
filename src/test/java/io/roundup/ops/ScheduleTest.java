package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.scheduling.support.CronExpression;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduler mode: runs at each tick, goes on after a failure, and the next tick restarts it. */
class ScheduleTest {

    @Test
    void everySecondForTwoRuns(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        long t0 = System.currentTimeMillis();
        Fixture.Result r = f.cli("schedule", "--cron=* * * * * *", "--max-runs=2");
        // the first tick runs today's date, the second finds it done
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(f.statuses(LocalDate.now().toString())).containsExactly("COMPLETED");
        assertThat(System.currentTimeMillis() - t0).isLessThan(60_000);
    }

    @Test
    void aFailedRunDoesNotStopTheScheduleAndTheNextTickRestartsIt(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.block();
        List<Integer> codes = new ArrayList<>();
        List<String> spring = List.of("--roundup.input=" + f.input, "--roundup.output=" + f.output);
        int last = new Scheduler(CronExpression.parse("* * * * * *"), 3,
                () -> Launches.run(spring, LocalDate.now(), false),
                (run, code) -> {
                    codes.add(code);
                    if (run == 1) f.unblock();  // the operator fixes the cause before the next tick
                }).loop();
        assertThat(codes).containsExactly(ExitCodes.FAILED, ExitCodes.COMPLETED, ExitCodes.NOTHING_TO_DO);
        assertThat(last).isEqualTo(ExitCodes.NOTHING_TO_DO);
        // one instance: the failed execution was restarted, not replaced
        assertThat(f.statuses(LocalDate.now().toString())).containsExactly("FAILED", "COMPLETED");
        assertThat(f.count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
    }
}
