package io.roundup.fetch;

import io.roundup.domain.Article;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link PoliteFetcher} behaves. Build it with {@link #defaults(String)} and the {@code with…}
 * methods.
 *
 * @param contactUrl     where a site owner can reach us; goes into the User-Agent
 * @param minInterval    least time between two requests to the same host (raised by a robots.txt Crawl-delay)
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout    time allowed until the response headers arrive
 * @param totalTimeout   time allowed for one whole exchange, body included (stops slow trickles)
 * @param maxRetries     retries after a 429, a 5xx or a connection failure (0 = one attempt only)
 * @param backoff        first retry delay, doubled on each further retry (unless Retry-After says otherwise)
 * @param maxWait        the longest we wait for a host (Retry-After, backoff, Crawl-delay); beyond it we give up
 * @param maxBodyBytes   a larger body is not read further and the page is rejected as {@code too_large}
 * @param maxRedirects   redirects followed per URL (each hop re-checked for scheme, address and robots.txt)
 * @param urlDeadline    all the time one URL may take: hops, robots.txt, retries and waits together
 * @param allowLoopback  fetch from 127.0.0.0/8 and ::1 (tests only)
 * @param allowPrivate   fetch from private, link-local, CGNAT and unique-local addresses
 */
public record FetchConfig(String contactUrl, Duration minInterval, Duration connectTimeout, Duration readTimeout,
                          Duration totalTimeout, int maxRetries, Duration backoff, Duration maxWait,
                          long maxBodyBytes, int maxRedirects, Duration urlDeadline, boolean allowLoopback,
                          boolean allowPrivate) {

    public static final String PRODUCT = "roundup";
    public static final String VERSION = "0.1";

    public FetchConfig {
        Objects.requireNonNull(contactUrl, "contactUrl");
        if (contactUrl.isBlank() || contactUrl.chars().anyMatch(c -> c < 0x20 || c > 0x7e || c == '(' || c == ')')) {
            throw new IllegalArgumentException("contactUrl must be a printable ASCII URL without parentheses: '" + contactUrl + "'");
        }
        for (Duration d : new Duration[]{minInterval, connectTimeout, readTimeout, totalTimeout, backoff, maxWait, urlDeadline}) {
            Objects.requireNonNull(d, "durations must be set");
            if (d.isNegative()) throw new IllegalArgumentException("negative duration " + d);
        }
        if (connectTimeout.isZero() || readTimeout.isZero() || totalTimeout.isZero() || urlDeadline.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxRetries < 0 || maxRedirects < 0 || maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxRetries and maxRedirects must be >= 0, maxBodyBytes > 0");
        }
    }

    /**
     * One request a second per host, 10 s connect, 30 s read, 60 s whole exchange, 3 retries, 5 MiB,
     * 5 redirects, 2 minutes per URL.
     */
    public static FetchConfig defaults(String contactUrl) {
        return new FetchConfig(contactUrl, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofSeconds(60), 3, Duration.ofSeconds(2), Duration.ofSeconds(60), Article.MAX_PAGE_BYTES, 5,
                Duration.ofMinutes(2), false, false);
    }

    /** {@code roundup/0.1 (+<contact URL>)} */
    public String userAgent() {
        return PRODUCT + "/" + VERSION + " (+" + contactUrl + ")";
    }

    public FetchConfig withMinInterval(Duration d) {
        return new FetchConfig(contactUrl, d, connectTimeout, readTimeout, totalTimeout, maxRetries, backoff, maxWait,
                maxBodyBytes, maxRedirects, urlDeadline, allowLoopback, allowPrivate);
    }

    public FetchConfig withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchConfig(contactUrl, minInterval, connect, read, total, maxRetries, backoff, maxWait,
                maxBodyBytes, maxRedirects, urlDeadline, allowLoopback, allowPrivate);
    }

    public FetchConfig withRetries(int max, Duration firstBackoff, Duration longestWait) {
        return new FetchConfig(contactUrl, minInterval, connectTimeout, readTimeout, totalTimeout, max, firstBackoff,
                longestWait, maxBodyBytes, maxRedirects, urlDeadline, allowLoopback, allowPrivate);
    }

    public FetchConfig withMaxBodyBytes(long max) {
        return new FetchConfig(contactUrl, minInterval, connectTimeout, readTimeout, totalTimeout, maxRetries, backoff,
                maxWait, max, maxRedirects, urlDeadline, allowLoopback, allowPrivate);
    }

    public FetchConfig withMaxRedirects(int max) {
        return new FetchConfig(contactUrl, minInterval, connectTimeout, readTimeout, totalTimeout, maxRetries, backoff,
                maxWait, maxBodyBytes, max, urlDeadline, allowLoopback, allowPrivate);
    }

    public FetchConfig withUrlDeadline(Duration d) {
        return new FetchConfig(contactUrl, minInterval, connectTimeout, readTimeout, totalTimeout, maxRetries, backoff,
                maxWait, maxBodyBytes, maxRedirects, d, allowLoopback, allowPrivate);
    }

    public FetchConfig withAllowLoopback(boolean allow) {
        return new FetchConfig(contactUrl, minInterval, connectTimeout, readTimeout, totalTimeout, maxRetries, backoff,
                maxWait, maxBodyBytes, maxRedirects, urlDeadline, allow, allowPrivate);
    }

    public FetchConfig withAllowPrivate(boolean allow) {
        return new FetchConfig(contactUrl, minInterval, connectTimeout, readTimeout, totalTimeout, maxRetries, backoff,
                maxWait, maxBodyBytes, maxRedirects, urlDeadline, allowLoopback, allow);
    }
}
