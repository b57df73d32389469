package io.roundup.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import java.time.Duration;
import java.time.LocalDateTime;

/** One line when a step starts and one when it ends, with its counts and duration. */
class StepLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    @Override
    public void beforeStep(StepExecution step) {
        if (isPartition(step)) return;
        log.info("step {} started", step.getStepName());
    }

    /** One file of a partitioned step: its manager logs for all of them. */
    static boolean isPartition(StepExecution step) {
        return step.getStepName().contains(":");
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        Failures.remember(step);
        if (isPartition(step)) {
            if (step.getStatus().isUnsuccessful()) log.error("step {} {}", step.getStepName(), step.getStatus());
            return step.getExitStatus();
        }
        LocalDateTime start = step.getStartTime();
        long ms = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
        log.info("step {} {}: read {}, written {}, rejected {}, in {} ms", step.getStepName(),
                step.getStatus().toString().toLowerCase(), step.getReadCount(), step.getWriteCount(),
                step.getFilterCount(), ms);
        return step.getExitStatus();
    }
}
