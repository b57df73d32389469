package io.roundup.job;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code roundup.reject-limit}: how many rows one step may reject before it fails (default 1000);
 * {@code roundup.progress-seconds}: how often a long step logs its progress (default 10).
 */
@ConfigurationProperties("roundup")
public record LimitProperties(Long rejectLimit, Long progressSeconds) {

    public LimitProperties {
        rejectLimit = rejectLimit == null ? 1000 : rejectLimit;
        progressSeconds = progressSeconds == null ? 10 : progressSeconds;
    }
}
