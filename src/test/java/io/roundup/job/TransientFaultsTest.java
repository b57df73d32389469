package io.roundup.job;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.dao.TransientDataAccessResourceException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Chunk steps retry passing faults with backoff and fail at once on anything else. */
class TransientFaultsTest {

    private final ResourcelessJobRepository repository = new ResourcelessJobRepository();

    private StepExecution run(Step step) throws Exception {
        var instance = repository.createJobInstance("test", new JobParameters());
        JobExecution job = repository.createJobExecution(instance, new JobParameters(), new ExecutionContext());
        StepExecution execution = repository.createStepExecution(step.getName(), job);
        step.execute(execution);
        return execution;
    }

    private Step step(AtomicInteger failures, RuntimeException fault, List<Integer> written) {
        return TransientFaults.retried(new StepBuilder("load", repository).<Integer, Integer>chunk(5)
                        .transactionManager(new ResourcelessTransactionManager())
                        .reader(new ListItemReader<>(List.of(1, 2, 3, 4, 5, 6, 7, 8)))
                        .writer(chunk -> {
                            if (failures.getAndDecrement() > 0) throw fault;
                            written.addAll(chunk.getItems());
                        }))
                .build();
    }

    @Test
    void aTransientDatabaseFaultIsRetriedAndNothingIsWrittenTwice() throws Exception {
        List<Integer> written = new ArrayList<>();
        long t0 = System.nanoTime();
        StepExecution done = run(step(new AtomicInteger(2), new TransientDataAccessResourceException("connection reset"), written));
        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(written).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        // two backoffs: 0.5 s then 1 s
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(1400);
    }

    @Test
    void aRealErrorFailsTheStepWithoutRetries() throws Exception {
        List<Integer> written = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger(1);
        StepExecution done = run(step(failures, new IllegalStateException("bad data"), written));
        assertThat(done.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failures.get()).isZero();
        assertThat(done.getFailureExceptions()).anySatisfy(t -> assertThat(t).hasRootCauseMessage("bad data"));
    }
}
