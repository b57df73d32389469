package io.roundup.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * A finished run as Prometheus text for node_exporter's textfile collector: the file is replaced
 * atomically (written beside it, then renamed), so the collector never reads half of it. Gauges of
 * the last run: its duration, exit code, end time and status, and per step its duration, status
 * and counts (read, written, rejected, skipped, commits, rollbacks).
 */
public record RunMetrics(String job, String runDate, String status, int exitCode, Duration duration, Instant end,
                         List<Step> steps) {

    /** One step execution of the run; {@code rejected} is what the step filtered into rejects.csv. */
    public record Step(String name, String status, Duration duration, long read, long written, long rejected,
                       long skipped, long commits, long rollbacks) {
    }

    public RunMetrics {
        steps = List.copyOf(steps);
    }

    public String text() {
        String run = "job=\"" + label(job) + "\",run_date=\"" + label(runDate) + "\"";
        StringBuilder b = new StringBuilder();
        gauge(b, "roundup_run_duration_seconds", "Wall time of the last run.");
        b.append("roundup_run_duration_seconds{").append(run).append("} ").append(seconds(duration)).append('\n');
        gauge(b, "roundup_run_exit_code", "Exit code of the last run (0 done, 3 rejects or review, 5 failed; see README).");
        b.append("roundup_run_exit_code{").append(run).append("} ").append(exitCode).append('\n');
        gauge(b, "roundup_run_end_timestamp_seconds", "When the last run ended, seconds since the epoch.");
        b.append("roundup_run_end_timestamp_seconds{").append(run).append("} ").append(end.getEpochSecond()).append('\n');
        gauge(b, "roundup_run_status", "1 for the batch status the last run ended with.");
        b.append("roundup_run_status{").append(run).append(",status=\"").append(label(status)).append("\"} 1\n");
        gauge(b, "roundup_step_duration_seconds", "Wall time of each step of the last run.");
        for (Step s : steps) b.append("roundup_step_duration_seconds{").append(step(run, s)).append("} ").append(seconds(s.duration())).append('\n');
        gauge(b, "roundup_step_status", "1 for the batch status each step of the last run ended with.");
        for (Step s : steps) b.append("roundup_step_status{").append(step(run, s)).append(",status=\"").append(label(s.status())).append("\"} 1\n");
        count(b, run, "read", "Items each step read.", Step::read);
        count(b, run, "written", "Items each step wrote.", Step::written);
        count(b, run, "rejected", "Rows or documents each step rejected (rejects.csv).", Step::rejected);
        count(b, run, "skipped", "Items each step skipped after a fault.", Step::skipped);
        count(b, run, "commits", "Transactions each step committed.", Step::commits);
        count(b, run, "rollbacks", "Transactions each step rolled back.", Step::rollbacks);
        return b.toString();
    }

    public void write(Path file) throws IOException {
        CsvTable.writeAtomically(file, text().getBytes(StandardCharsets.UTF_8));
    }

    private void count(StringBuilder b, String run, String what, String help, ToLongFunction<Step> value) {
        String name = "roundup_step_" + what;
        gauge(b, name, help);
        for (Step s : steps) b.append(name).append('{').append(step(run, s)).append("} ").append(value.applyAsLong(s)).append('\n');
    }

    private static void gauge(StringBuilder b, String name, String help) {
        b.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" gauge\n");
    }

    private static String step(String run, Step s) {
        return run + ",step=\"" + label(s.name()) + "\"";
    }

    private static String seconds(Duration d) {
        return d == null ? "NaN" : String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }

    /** The text format's label escaping: backslash, double quote and line feed. */
    static String label(String v) {
        if (v == null) return "";
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
