package io.roundup.remote;

import io.roundup.job.PartitionWorker;
import io.roundup.job.Partitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.messaging.Message;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A worker's side of a partition request: checks it, then lets Spring Batch's
 * {@link StepExecutionRequestHandler} run the partition's step on this thread. The broker gets the
 * acknowledgement when this returns, so after the partition's last commit: a worker killed before
 * that leaves the request unacknowledged and the broker hands it to another worker, which resumes the
 * partition from its last commit (its reader's position is saved with every chunk).
 * <p>
 * Refused (left on the queue for another worker, and this worker stops): a request stamped with
 * another code version. Dropped with a log line: a request whose run has ended (a killed run's
 * leftovers; its restart sends requests of its own), one already completed, one this database does
 * not know.
 */
final class PartitionRequests {

    /** The message header that carries the requesting run's code version. */
    static final String VERSION = "roundup_version";

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private final JobRepository repository;
    private final StepExecutionRequestHandler steps = new StepExecutionRequestHandler();
    private final String version;
    private final Worker worker;

    PartitionRequests(JobRepository repository, Partitions.WorkerSteps workerSteps, String version, Worker worker) {
        this.repository = repository;
        this.version = version;
        this.worker = worker;
        steps.setJobRepository(repository);
        steps.setStepLocator(workerSteps::get);
    }

    /** Thrown to leave a request on the queue: the broker gives it to another worker. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    public void handle(Message<StepExecutionRequest> message) {
        StepExecutionRequest request = message.getPayload();
        String theirs = message.getHeaders().get(VERSION, String.class);
        if (!version.equals(theirs)) {
            String why = String.format("refusing partition request %s: the run sent it from %s, this worker runs %s; "
                    + "start workers from the run's jar", request, theirs == null ? "an unknown version" : theirs, version);
            worker.refuse(why);
            throw new Refused(why);
        }
        StepExecution partition = find(request.getStepExecutionId());
        if (partition == null) {
            log.error("dropping partition request {}: no such step execution in this database (is the queue shared with "
                    + "another deployment? give each its own roundup.remote.queue)", request);
            return;
        }
        JobExecution run = partition.getJobExecution();
        if (!run.getStatus().isRunning()) {
            log.warn("dropping partition {} of execution {}: that execution is {} (a request left by a run that ended; "
                    + "its restart sends its own)", partition.getStepName(), run.getId(), run.getStatus());
            return;
        }
        if (partition.getStatus() == BatchStatus.COMPLETED) {
            log.info("partition {} of execution {} already completed; request dropped", partition.getStepName(), run.getId());
            return;
        }
        if (partition.getStatus() != BatchStatus.STARTING) {
            log.warn("partition {} of execution {} is {} (last on {}): resuming it from its last commit{}",
                    partition.getStepName(), run.getId(), partition.getStatus(), PartitionWorker.of(partition),
                    Boolean.TRUE.equals(message.getHeaders().get(AmqpHeaders.REDELIVERED)) ? " (redelivered: its worker is gone)" : "");
        }
        run(request, partition);
    }

    private void run(StepExecutionRequest request, StepExecution partition) {
        long started = System.nanoTime();
        log.info("partition {} of execution {} started on {}", partition.getStepName(), partition.getJobExecutionId(),
                PartitionWorker.here());
        StepExecution done = steps.handle(request);
        if (done.getStatus().isUnsuccessful() && done.getEndTime() == null) {
            // failed outside the step's own bookkeeping (see StepExecutionRequestHandler): the run polls the repository
            done.setEndTime(LocalDateTime.now());
            repository.update(done);
        }
        log.info("partition {} of execution {} {}: read {}, written {}, rejected {}, in {} ms", done.getStepName(),
                done.getJobExecutionId(), done.getStatus().toString().toLowerCase(), done.getReadCount(), done.getWriteCount(),
                done.getFilterCount(), Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private StepExecution find(long id) {
        try {
            return repository.getStepExecution(id);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }
}
