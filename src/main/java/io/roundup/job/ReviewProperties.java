package io.roundup.job;

import io.roundup.review.RowChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/**
 * {@code roundup.review.valuation-factor}: a post-money valuation more than this many times above or
 * below the company's previous one puts the event into review (default 10).
 */
@ConfigurationProperties("roundup.review")
public record ReviewProperties(BigDecimal valuationFactor) {

    public ReviewProperties {
        valuationFactor = valuationFactor == null ? RowChecks.DEFAULT_FACTOR : valuationFactor;
    }
}
