package io.roundup.job;

import io.roundup.report.RunMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** A finished execution as {@link RunMetrics}, written where {@code roundup.metrics-file} says. */
final class MetricsFile {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private MetricsFile() {
    }

    /** A metrics file that cannot be written is logged, never a failed run: the ledger is what matters. */
    static void write(Path file, JobExecution execution, int exitCode) {
        try {
            metrics(execution, exitCode).write(file);
        } catch (IOException | RuntimeException e) {
            log.warn("could not write the metrics file {}: {}", file.toAbsolutePath(), e.toString());
        }
    }

    static RunMetrics metrics(JobExecution execution, int exitCode) {
        List<RunMetrics.Step> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .map(s -> new RunMetrics.Step(s.getStepName(), s.getStatus().name(), between(s.getStartTime(), s.getEndTime()),
                        s.getReadCount(), s.getWriteCount(), s.getFilterCount(),
                        s.getReadSkipCount() + s.getProcessSkipCount() + s.getWriteSkipCount(), s.getCommitCount(),
                        s.getRollbackCount()))
                .toList();
        LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
        return new RunMetrics(execution.getJobInstance().getJobName(), String.valueOf(execution.getJobParameters().getString("runDate")),
                execution.getStatus().name(), exitCode, between(execution.getStartTime(), end),
                end.atZone(ZoneId.systemDefault()).toInstant(), steps);
    }

    private static Duration between(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? null : Duration.between(start, end);
    }
}
