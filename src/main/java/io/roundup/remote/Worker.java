package io.roundup.remote;

import io.roundup.job.ExitCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CountDownLatch;

/**
 * The {@code worker} command's life: it consumes partition requests until its process is stopped
 * (SIGTERM), or until it refuses a request of other code, which ends it with exit 1 so that a mixed
 * deployment shows at once instead of producing mixed output.
 */
public final class Worker {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private final CountDownLatch end = new CountDownLatch(1);
    private final String describe;
    private volatile int exitCode = ExitCodes.COMPLETED;

    Worker(String describe) {
        this.describe = describe;
    }

    /**
     * Logs what this worker consumes, then waits until it refuses a request; its exit code. A stop
     * signal ends the process while this waits: Spring's shutdown hook closes the context (the
     * listeners first), and only that hook, so that no second thread closes it at the same time.
     */
    public int awaitEnd() throws InterruptedException {
        log.info("worker ready: {}", describe);
        end.await();
        log.info("worker stopping (exit {})", exitCode);
        return exitCode;
    }

    void refuse(String why) {
        log.error("{}; this worker stops", why);
        exitCode = ExitCodes.CANNOT_START;
        end.countDown();
    }
}
