package io.roundup.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The failures of a run as an operator needs them: each step's root cause (the innermost exception
 * of the chain, where Spring Batch's "Unable to process chunk" wraps the reject limit's message)
 * with the step that raised it. A partitioned step's own "Partition handler returned an
 * unsuccessful step" only repeats that a partition failed, so the partition's cause stands in for it.
 * <p>
 * Spring Batch stores a failed step's stack trace cut to 2,500 characters, which loses the cause, so
 * each failed step also keeps its root cause in its execution context for `runs`.
 */
public final class Failures {

    static final String PARTITION_HANDLER = "Partition handler returned an unsuccessful step";
    private static final String KEY = "roundup.failure";

    private Failures() {
    }

    static List<String> rootCauses(JobExecution job) {
        Set<String> out = new LinkedHashSet<>();
        List<StepExecution> steps = new ArrayList<>(job.getStepExecutions());
        steps.sort(Comparator.comparingLong(StepExecution::getId));
        boolean partitionFailed = steps.stream().anyMatch(s -> StepLog.isPartition(s) && !s.getFailureExceptions().isEmpty());
        for (StepExecution s : steps) {
            for (Throwable t : s.getFailureExceptions()) {
                if (partitionFailed && root(t).getMessage() != null && root(t).getMessage().equals(PARTITION_HANDLER)) continue;
                out.add(s.getStepName() + ": " + describe(t));
            }
        }
        for (Throwable t : job.getFailureExceptions()) {
            String cause = describe(t);
            if (out.stream().noneMatch(o -> o.endsWith(": " + cause))) out.add(cause);
        }
        return List.copyOf(out);
    }

    /** Keeps the step's root cause in its execution context; a partition manager takes its failed partition's. */
    static void remember(StepExecution step) {
        if (step.getFailureExceptions().isEmpty()) return;
        Throwable root = root(step.getFailureExceptions().get(0));
        String cause = describe(root);
        if (PARTITION_HANDLER.equals(root.getMessage())) {
            cause = step.getJobExecution().getStepExecutions().stream()
                    .filter(s -> s.getStepName().startsWith(step.getStepName() + ":") && !s.getFailureExceptions().isEmpty())
                    .min(Comparator.comparingLong(StepExecution::getId))
                    .map(s -> s.getStepName() + ": " + describe(s.getFailureExceptions().get(0))).orElse(cause);
        }
        step.getExecutionContext().putString(KEY, cause);
    }

    /** The root cause a failed step kept, or null. */
    public static String remembered(StepExecution step) {
        return step.getExecutionContext().containsKey(KEY) ? step.getExecutionContext().getString(KEY) : null;
    }

    static Throwable root(Throwable t) {
        Throwable root = t;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 50; depth++) root = root.getCause();
        return root;
    }

    /** "RejectLimitExceededException: step loadPrices rejected more than …", from the innermost cause. */
    static String describe(Throwable t) {
        Throwable root = root(t);
        String message = root.getMessage() == null || root.getMessage().isBlank() ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }
}
