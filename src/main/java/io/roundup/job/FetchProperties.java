package io.roundup.job;

import io.roundup.fetch.FetchConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Politeness, timeouts and limits of fetchNews (defaults: those of {@link FetchConfig#defaults}).
 *
 * @param contact        where a site owner can reach whoever runs this roundup (sent in the User-Agent)
 * @param urlDeadline    all the time one URL may take: every hop, robots.txt, retries and waits
 * @param budget         all the time fetchNews may take in one run; the URLs left wait for the next run
 * @param minInterval    the least time between two requests to one host (robots.txt's Crawl-delay may ask for more)
 * @param connectTimeout connecting to a server
 * @param readTimeout    waiting for the response headers
 * @param totalTimeout   one whole exchange
 * @param maxRetries     retries after a 429, a 5xx or a connection failure
 * @param backoff        the first wait before a retry, doubled at each
 * @param maxWait        the longest wait (Retry-After, Crawl-delay) ever honoured
 * @param maxBodyBytes   a body is not read past this many bytes
 * @param maxRedirects   redirects followed per URL
 * @param allowLoopback  fetch from 127.0.0.0/8 too (tests only)
 */
@ConfigurationProperties("roundup.fetch")
public record FetchProperties(@DefaultValue("https://github.com/roundup-etl/roundup") String contact,
                              @DefaultValue("2m") Duration urlDeadline, @DefaultValue("20m") Duration budget,
                              @DefaultValue("1s") Duration minInterval, @DefaultValue("10s") Duration connectTimeout,
                              @DefaultValue("30s") Duration readTimeout, @DefaultValue("60s") Duration totalTimeout,
                              @DefaultValue("3") Integer maxRetries, @DefaultValue("2s") Duration backoff,
                              @DefaultValue("60s") Duration maxWait, @DefaultValue("5242880") Long maxBodyBytes,
                              @DefaultValue("5") Integer maxRedirects, boolean allowLoopback, boolean offline) {

    static final String DEFAULT_CONTACT = "https://github.com/roundup-etl/roundup";

    public FetchProperties {
        contact = contact == null || contact.isBlank() ? DEFAULT_CONTACT : contact;
        FetchConfig d = FetchConfig.defaults(contact);
        urlDeadline = urlDeadline == null ? d.urlDeadline() : urlDeadline;
        budget = budget == null ? Duration.ofMinutes(20) : budget;
        minInterval = minInterval == null ? d.minInterval() : minInterval;
        connectTimeout = connectTimeout == null ? d.connectTimeout() : connectTimeout;
        readTimeout = readTimeout == null ? d.readTimeout() : readTimeout;
        totalTimeout = totalTimeout == null ? d.totalTimeout() : totalTimeout;
        maxRetries = maxRetries == null ? d.maxRetries() : maxRetries;
        backoff = backoff == null ? d.backoff() : backoff;
        maxWait = maxWait == null ? d.maxWait() : maxWait;
        maxBodyBytes = maxBodyBytes == null ? d.maxBodyBytes() : maxBodyBytes;
        maxRedirects = maxRedirects == null ? d.maxRedirects() : maxRedirects;
    }

    /** The fetcher's configuration with these settings. */
    FetchConfig config() {
        return FetchConfig.defaults(contact).withAllowLoopback(allowLoopback).withUrlDeadline(urlDeadline)
                .withMinInterval(minInterval).withTimeouts(connectTimeout, readTimeout, totalTimeout)
                .withRetries(maxRetries, backoff, maxWait).withMaxBodyBytes(maxBodyBytes).withMaxRedirects(maxRedirects);
    }
}
