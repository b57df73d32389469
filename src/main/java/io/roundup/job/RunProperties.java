package io.roundup.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * How a run watches its lock and reports itself.
 *
 * @param lockCheckSeconds how often, in seconds, a run checks that it still holds the database lock; once lost
 *                         it stops at its next commit and exits 5
 * @param metricsFile      after each run, write its duration, status and counts per step here as Prometheus text
 *                         (node_exporter's textfile collector: name it *.prom in the collector's folder);
 *                         unset: no file
 */
@ConfigurationProperties("roundup")
public record RunProperties(@DefaultValue("10") Long lockCheckSeconds, Path metricsFile) {

    public RunProperties {
        lockCheckSeconds = lockCheckSeconds == null ? 10 : lockCheckSeconds;
    }
}
