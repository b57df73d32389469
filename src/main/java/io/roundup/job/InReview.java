package io.roundup.job;

import org.springframework.batch.core.step.StepExecution;

/**
 * How many events the checkQuality step put into review, kept in its step execution context so the
 * run summary and the exit code read it from the job repository, restarts included.
 */
final class InReview {

    static final String STEP = "checkQuality";
    private static final String KEY = "roundup.inReview";

    private InReview() {
    }

    static void record(StepExecution step, long pending) {
        step.getExecutionContext().putLong(KEY, pending);
    }

    /** The count recorded by this step execution; 0 for another step or one that did not get that far. */
    static long of(StepExecution step) {
        if (step == null || !STEP.equals(step.getStepName())) return 0;
        return step.getExecutionContext().containsKey(KEY) ? step.getExecutionContext().getLong(KEY) : 0;
    }
}
