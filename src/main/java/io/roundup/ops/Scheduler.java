package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.springframework.scheduling.support.CronExpression;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * Launches a run at each tick of a cron expression, one at a time, in this JVM. A tick that comes
 * while a run is still going is skipped (the next one is computed when the run ends). A failed run
 * is logged and the schedule goes on: the next tick launches the same run date again, which
 * restarts the failed execution at its failed step.
 */
final class Scheduler {

    /** One scheduled launch; returns its exit code. */
    interface Tick {
        int run() throws Exception;
    }

    /** Called after each run with its number (from 1) and exit code; for tests. */
    interface AfterTick {
        void ended(int run, int exitCode) throws Exception;
    }

    private final CronExpression cron;
    private final int maxRuns;
    private final Tick tick;
    private final AfterTick after;

    /** {@code maxRuns} 0 runs until the process is stopped. */
    Scheduler(CronExpression cron, int maxRuns, Tick tick, AfterTick after) {
        this.cron = cron;
        this.maxRuns = maxRuns;
        this.tick = tick;
        this.after = after;
    }

    /** Runs the schedule; returns the exit code of the last run once {@code maxRuns} runs are done. */
    int loop() throws Exception {
        int last = ExitCodes.NOTHING_TO_DO;
        for (int run = 1; maxRuns == 0 || run <= maxRuns; run++) {
            ZonedDateTime next = cron.next(ZonedDateTime.now());
            if (next == null) {
                Ops.log.error("schedule: cron '{}' never fires again; stopping", cron);
                return last;
            }
            Ops.log.info("schedule: next run at {}", next.toLocalDateTime().withNano(0));
            sleepUntil(next);
            try {
                last = tick.run();
            } catch (Exception e) {
                Ops.log.error("schedule: run {} could not be launched: {}", run, e.toString(), e);
                last = ExitCodes.CANNOT_START;
            }
            switch (last) {
                case ExitCodes.COMPLETED, ExitCodes.COMPLETED_WITH_REJECTS, ExitCodes.NOTHING_TO_DO ->
                        Ops.log.info("schedule: run {} ended: {} (exit {})", run, Ops.meaning(last), last);
                case ExitCodes.FAILED -> Ops.log.warn("schedule: run {} failed (exit 5); the schedule goes on and "
                        + "the next tick restarts it at its failed step", run);
                case ExitCodes.ALREADY_RUNNING -> Ops.log.warn("schedule: run {} skipped: another run holds the lock (exit 6)", run);
                default -> Ops.log.error("schedule: run {} ended: {} (exit {}); the schedule goes on", run,
                        Ops.meaning(last), last);
            }
            after.ended(run, last);
        }
        Ops.log.info("schedule: {} runs done, stopping", maxRuns);
        return last;
    }

    private static void sleepUntil(ZonedDateTime time) throws InterruptedException {
        while (true) {
            long ms = Duration.between(ZonedDateTime.now(), time).toMillis();
            if (ms <= 0) return;
            Thread.sleep(Math.min(ms, 60_000));
        }
    }
}
