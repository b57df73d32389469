package io.roundup.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and threads of a run.
 *
 * @param rejectLimit     how many rows one load step may reject before it fails (for prices, per file)
 * @param progressSeconds how often a long step logs its progress, in seconds
 * @param loadThreads     how many price partitions load at once on PostgreSQL, and the threads that read and
 *                        extract news; 0 or unset: the number of cores
 */
@ConfigurationProperties("roundup")
public record LimitProperties(@DefaultValue("1000") Long rejectLimit, @DefaultValue("10") Long progressSeconds,
                              Integer loadThreads) {

    public LimitProperties {
        rejectLimit = rejectLimit == null ? 1000 : rejectLimit;
        progressSeconds = progressSeconds == null ? 10 : progressSeconds;
        loadThreads = loadThreads == null || loadThreads < 1 ? Runtime.getRuntime().availableProcessors() : loadThreads;
    }
}
