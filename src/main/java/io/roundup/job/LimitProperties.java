package io.roundup.job;

import io.roundup.progress.ProgressMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

// progress is documented first: the configuration processor takes the description of a record
// component from the first "@param <name>" it finds, and progressSeconds would match it too
/**
 * Limits, threads and progress of a run.
 *
 * @param progress        how long steps show their progress: {@code auto} draws a live bar (count, rate, time
 *                        left) when the output is a terminal and none when it is a file, a pipe or cron;
 *                        {@code bar} draws it even where no terminal is detected; {@code log} never draws it;
 *                        {@code off} draws no bar and logs no periodic lines. The periodic log lines are the
 *                        same in auto, bar and log
 * @param rejectLimit     how many rows one load step may reject before it fails (for prices, per file)
 * @param progressSeconds how often a long step logs its progress, in seconds
 * @param loadThreads     how many price partitions load at once on PostgreSQL, and the threads that read and
 *                        extract news; 0 or unset: the number of cores
 */
@ConfigurationProperties("roundup")
public record LimitProperties(@DefaultValue("1000") Long rejectLimit, @DefaultValue("10") Long progressSeconds,
                              Integer loadThreads, @DefaultValue("auto") ProgressMode progress) {

    public LimitProperties {
        rejectLimit = rejectLimit == null ? 1000 : rejectLimit;
        progressSeconds = progressSeconds == null ? 10 : progressSeconds;
        loadThreads = loadThreads == null || loadThreads < 1 ? Runtime.getRuntime().availableProcessors() : loadThreads;
        progress = progress == null ? ProgressMode.AUTO : progress;
    }
}
