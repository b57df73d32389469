package io.roundup.job;

import org.springframework.batch.core.step.StepExecution;

import java.util.List;

/**
 * The market data sources fetchMarketData could not refresh (failed, unusable, out of budget), kept
 * in its step execution context so that the run summary names them, with the date of the copy used.
 */
final class StaleSources {

    static final String STEP = "fetchMarketData";
    private static final String KEY = "roundup.staleSources";

    private StaleSources() {
    }

    static void record(StepExecution step, List<String> lines) {
        step.getExecutionContext().putString(KEY, String.join("\n", lines));
    }

    /** The lines recorded by this step execution; none for another step. */
    static List<String> of(StepExecution step) {
        if (step == null || !STEP.equals(step.getStepName()) || !step.getExecutionContext().containsKey(KEY)) return List.of();
        String s = step.getExecutionContext().getString(KEY);
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }
}
