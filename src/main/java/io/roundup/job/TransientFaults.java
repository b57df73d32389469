package io.roundup.job;

import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

import java.io.IOException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;

/**
 * Faults that pass (a dropped database connection, a lock timeout, an interrupted read) are
 * retried with exponential backoff: 3 more attempts, 0.5 s, 1 s, 2 s. Anything else fails the
 * step at once, so a real error is not hidden behind retries.
 */
final class TransientFaults {

    static final RetryPolicy POLICY = RetryPolicy.builder()
            .includes(TransientDataAccessException.class, RecoverableDataAccessException.class,
                    SQLTransientException.class, SQLRecoverableException.class, IOException.class)
            .maxRetries(3)
            .delay(Duration.ofMillis(500))
            .multiplier(2)
            .maxDelay(Duration.ofSeconds(5))
            .build();

    private TransientFaults() {
    }

    static <I, O> ChunkOrientedStepBuilder<I, O> retried(ChunkOrientedStepBuilder<I, O> step) {
        return step.faultTolerant().retryPolicy(POLICY);
    }
}
