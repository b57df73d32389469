package io.roundup.job;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code roundup.reject-limit}: how many rows one step may reject before it fails (default 1000);
 * {@code roundup.progress-seconds}: how often a long step logs its progress (default 10);
 * {@code roundup.load-threads}: how many price files load at once (default: the number of cores).
 */
@ConfigurationProperties("roundup")
public record LimitProperties(Long rejectLimit, Long progressSeconds, Integer loadThreads) {

    public LimitProperties {
        rejectLimit = rejectLimit == null ? 1000 : rejectLimit;
        progressSeconds = progressSeconds == null ? 10 : progressSeconds;
        loadThreads = loadThreads == null || loadThreads < 1 ? Runtime.getRuntime().availableProcessors() : loadThreads;
    }
}
