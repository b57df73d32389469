package io.roundup.job;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code roundup.fetch.contact}: where a site owner can reach whoever runs this roundup (sent in
 * the User-Agent); {@code roundup.fetch.url-deadline}: all the time one URL may take (default 2m);
 * {@code roundup.fetch.budget}: all the time fetchNews may take in one run (default 20m), the rest
 * is left for the next run; {@code roundup.fetch.allow-loopback}: fetch from 127.0.0.0/8 too (tests only);
 * {@code roundup.fetch.offline} ({@code --offline}): fetch nothing, news or market data; the copies
 * held are read; {@code roundup.fetch.min-interval}: least time between two requests to one host
 * (default 1s; a robots.txt Crawl-delay raises it); {@code roundup.fetch.retries}: retries of a URL
 * after a 429, a 5xx or a connection failure (default 3).
 */
@ConfigurationProperties("roundup.fetch")
public record FetchProperties(String contact, Duration urlDeadline, Duration budget, boolean allowLoopback, boolean offline,
                              Duration minInterval, Integer retries) {

    public FetchProperties {
        contact = contact == null || contact.isBlank() ? "https://github.com/roundup-etl/roundup" : contact;
        urlDeadline = urlDeadline == null ? Duration.ofMinutes(2) : urlDeadline;
        budget = budget == null ? Duration.ofMinutes(20) : budget;
        minInterval = minInterval == null ? Duration.ofSeconds(1) : minInterval;
        retries = retries == null ? 3 : retries;
    }
}
