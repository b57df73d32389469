package io.roundup.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/** At the end of a run, a summary an operator can read in a mail: one line per step, then the outcome. */
class RunSummary implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    @Override
    public void afterJob(JobExecution job) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("run summary: roundup %s, execution %d, %s in %s%n",
                job.getJobParameters().getString("runDate"), job.getId(), job.getStatus().toString().toLowerCase(),
                seconds(job.getStartTime(), job.getEndTime() != null ? job.getEndTime() : LocalDateTime.now())));
        b.append(String.format("  %-15s %-10s %10s %10s %9s %9s%n", "step", "status", "read", "written", "rejected", "seconds"));
        List<StepExecution> steps = job.getStepExecutions().stream()
                .filter(s -> !StepLog.isPartition(s))
                .sorted(Comparator.comparingLong(StepExecution::getId)).toList();
        long rejected = 0;
        for (StepExecution s : steps) {
            rejected += s.getFilterCount();
            b.append(String.format("  %-15s %-10s %10d %10d %9d %9s%n", s.getStepName(),
                    s.getStatus().toString().toLowerCase(), s.getReadCount(), s.getWriteCount(), s.getFilterCount(),
                    seconds(s.getStartTime(), s.getEndTime())));
        }
        b.append("  rejected in this execution: ").append(rejected).append(rejected > 0 ? " (see rejects.csv)" : "");
        long inReview = job.getStepExecutions().stream().mapToLong(InReview::of).sum();
        b.append(System.lineSeparator()).append("  events in review: ").append(inReview)
                .append(inReview > 0 ? " (see review.csv; held out of the summaries)" : "");
        List<String> stale = job.getStepExecutions().stream().flatMap(s -> StaleSources.of(s).stream()).toList();
        if (!stale.isEmpty()) {
            b.append(System.lineSeparator()).append("  stale sources: ").append(stale.size())
                    .append(" (their copies held were used)");
            for (String line : stale) b.append(System.lineSeparator()).append("    ").append(line);
        }
        for (String failure : Failures.rootCauses(job)) {
            b.append(System.lineSeparator()).append("  failure: ").append(failure);
        }
        if (!job.getStatus().isUnsuccessful() && job.getAllFailureExceptions().isEmpty()) log.info("{}", b);
        else log.error("{}", b);
    }

    private static String seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) return "-";
        return String.format("%.1f", Duration.between(start, end).toMillis() / 1000.0);
    }
}
