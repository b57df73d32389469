package io.roundup.job;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Checks every so often, on a thread of its own, that the database run lock is still held; the first
 * time it is not (its connection died: a restarted server, a killed session, a dropped network), it
 * calls {@code onLost} once, which stops the run rather than let it go on unlocked.
 */
final class LockWatch implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "run-lock-watch");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean lost;

    LockWatch(DatabaseRunLock lock, Duration every, Runnable onLost) {
        long ms = Math.max(1, every.toMillis());
        timer.scheduleWithFixedDelay(() -> {
            if (lost || lock.isHeld()) return;
            lost = true;
            onLost.run();
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Whether the lock was found gone. */
    boolean lost() {
        return lost;
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS); // the lock's connection is closed next: no check may be using it
    }
}
