package io.roundup.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Prometheus text a run leaves for node_exporter's textfile collector. */
class RunMetricsTest {

    private final RunMetrics failed = new RunMetrics("roundup", "2026-01-08", "FAILED", 5, Duration.ofMillis(12_345),
            Instant.ofEpochSecond(1_767_830_400L), List.of(
            new RunMetrics.Step("loadPrices", "COMPLETED", Duration.ofMillis(1_500), 100, 98, 2, 0, 1, 0),
            new RunMetrics.Step("we\"ird\\step\nname", "FAILED", null, 0, 0, 0, 0, 0, 1)));

    @Test
    void everyMetricHasItsHelpTypeAndOneSamplePerStep() {
        String text = failed.text();
        assertThat(text).contains("# TYPE roundup_run_duration_seconds gauge\n",
                "roundup_run_duration_seconds{job=\"roundup\",run_date=\"2026-01-08\"} 12.345\n",
                "roundup_run_exit_code{job=\"roundup\",run_date=\"2026-01-08\"} 5\n",
                "roundup_run_end_timestamp_seconds{job=\"roundup\",run_date=\"2026-01-08\"} 1767830400\n",
                "roundup_run_status{job=\"roundup\",run_date=\"2026-01-08\",status=\"FAILED\"} 1\n",
                "roundup_step_rejected{job=\"roundup\",run_date=\"2026-01-08\",step=\"loadPrices\"} 2\n",
                "roundup_step_duration_seconds{job=\"roundup\",run_date=\"2026-01-08\",step=\"loadPrices\"} 1.500\n");
        assertThat(text).as("label values escaped as the text format says")
                .contains("step=\"we\\\"ird\\\\step\\nname\"} NaN\n");
        for (String line : text.split("\n")) {
            assertThat(line).matches("# (HELP|TYPE) roundup_[a-z_]+ .+|roundup_[a-z_]+\\{[^\\n]*\\} (NaN|-?[0-9.]+)");
        }
    }

    @Test
    void theFileIsReplacedWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("textfile/roundup.prom");
        failed.write(file);
        failed.write(file);
        assertThat(Files.readString(file)).isEqualTo(failed.text());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
