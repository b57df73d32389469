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
 * unsuccessful step" only repeats that a partition failed, so it is left out when the partition's
 * cause is known.
 */
final class Failures {

    static final String PARTITION_HANDLER = "Partition handler returned an unsuccessful step";

    private Failures() {
    }

    static List<String> rootCauses(JobExecution job) {
        Set<String> out = new LinkedHashSet<>();
        List<StepExecution> steps = new ArrayList<>(job.getStepExecutions());
        steps.sort(Comparator.comparingLong(StepExecution::getId));
        boolean partitionFailed = steps.stream().anyMatch(s -> StepLog.isPartition(s) && !s.getFailureExceptions().isEmpty());
        for (StepExecution s : steps) {
            for (Throwable t : s.getFailureExceptions()) {
                String message = message(root(t));
                if (partitionFailed && message.equals(PARTITION_HANDLER)) continue;
                out.add(s.getStepName() + ": " + message);
            }
        }
        for (Throwable t : job.getFailureExceptions()) {
            String message = message(root(t));
            if (out.stream().noneMatch(o -> o.endsWith(": " + message))) out.add(message);
        }
        return List.copyOf(out);
    }

    static Throwable root(Throwable t) {
        Throwable root = t;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 50; depth++) root = root.getCause();
        return root;
    }

    private static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getName() : t.getMessage();
    }
}
