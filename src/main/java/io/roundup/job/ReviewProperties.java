package io.roundup.job;

import io.roundup.review.RowChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * Row-level checks that put events into review.
 *
 * @param valuationFactor a post-money valuation more than this many times above or below the company's previous
 *                        one puts the event into review
 */
@ConfigurationProperties("roundup.review")
public record ReviewProperties(@DefaultValue("10") BigDecimal valuationFactor) {

    public ReviewProperties {
        valuationFactor = valuationFactor == null ? RowChecks.DEFAULT_FACTOR : valuationFactor;
    }
}
