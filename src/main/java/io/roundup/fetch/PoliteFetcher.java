package io.roundup.fetch;

import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP GET that behaves well towards the sites it visits and refuses what it must not do.
 * <ul>
 * <li>http and https only; every connection, on every attempt and redirect hop, goes to an address
 * the {@link AddressPolicy} passed at that very moment ({@link CheckedResolver}: no loopback, private,
 * link-local or reserved addresses unless the config allows, nor IPv6 tunnels to them), so a name
 * that answers differently from one lookup to the next (DNS rebinding) gains nothing;</li>
 * <li>an honest User-Agent ({@link FetchConfig#userAgent()});</li>
 * <li>robots.txt read once per origin (scheme, host, port) and obeyed for every hop: missing (4xx)
 * means everything is allowed, unreachable (5xx, 429, network error) means nothing is (RFC 9309);</li>
 * <li>at most one request per host every {@link FetchConfig#minInterval()} (or the robots.txt
 * Crawl-delay if longer), robots.txt, retries and redirect hops included;</li>
 * <li>connect, header and whole-exchange timeouts; a body larger than the limit is not read on;</li>
 * <li>bounded retries on 429, 5xx and connection failures, with exponential backoff, or the wait a
 * Retry-After asks for (seconds or HTTP date). A host asking for longer than
 * {@link FetchConfig#maxWait()} is given up on for this run ({@code rate_limited});</li>
 * <li>redirects followed by hand, at most {@link FetchConfig#maxRedirects()};</li>
 * <li>a deadline per URL ({@link FetchConfig#urlDeadline()}, or earlier if the caller says so) over
 * all of it, hops, robots.txt, retries and waits: past it the URL fails as {@code deadline};</li>
 * <li>a conditional GET (If-None-Match / If-Modified-Since) when the caller holds a previous copy.</li>
 * </ul>
 * Never throws for a bad URL or a bad server: every problem is a {@link FetchResult.Failed}. Meant
 * for one thread (a batch step); not thread-safe.
 */
public final class PoliteFetcher {

    public static final String ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1";
    public static final String ACCEPT_FEED = "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,"
            + "application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1";
    static final long ROBOTS_LIMIT = 512 * 1024;      // RFC 9309: at least 500 KiB must be parsed

    private final FetchConfig config;
    private final Clock clock;
    private final CheckedResolver addresses;
    private final Transport transport;
    private final Map<String, Long> notBefore = new HashMap<>();          // host → System.nanoTime()
    private final Map<String, Duration> crawlDelay = new HashMap<>();     // host → robots.txt Crawl-delay
    private final Map<String, RobotsRules> robots = new HashMap<>();      // origin → rules
    private Instant deadline = Instant.MAX;                               // of the URL being fetched, on clock

    public PoliteFetcher(FetchConfig config) {
        this(config, Clock.systemUTC());
    }

    public PoliteFetcher(FetchConfig config, Clock clock) {
        this(config, clock, Resolver.SYSTEM);
    }

    /** With a given resolver (tests script its answers); the address policy applies to whatever it says. */
    PoliteFetcher(FetchConfig config, Clock clock, Resolver resolver) {
        this.config = config;
        this.clock = clock;
        this.addresses = new CheckedResolver(resolver, config.allowLoopback(), config.allowPrivate());
        this.transport = new Transport(config, resolver);
    }

    public FetchConfig config() {
        return config;
    }

    /**
     * GETs {@code url}. When {@code previous} is given (the copy held from an earlier fetch of this
     * URL), its ETag and Last-Modified are sent to the hop that served it, and a 304 gives
     * {@link FetchResult.NotModified}.
     */
    public FetchResult fetch(String url, String accept, FetchedPage previous) {
        return fetch(url, accept, previous, Instant.MAX);
    }

    /**
     * As above, given up ({@code deadline}) when {@link FetchConfig#urlDeadline()} has passed or at
     * {@code notAfter}, whichever comes first: hops, robots.txt, retries and waits all count.
     */
    public FetchResult fetch(String url, String accept, FetchedPage previous, Instant notAfter) {
        Instant start = clock.instant();
        deadline = start.plus(config.urlDeadline()).isBefore(notAfter) ? start.plus(config.urlDeadline()) : notAfter;
        URI uri;
        try {
            uri = Urls.uri(url);
        } catch (IllegalArgumentException e) {
            return failed(url, e.getMessage(), 0);
        }
        String validatedUrl = previous == null ? null : previous.finalUrl() != null ? previous.finalUrl() : previous.url();
        boolean haveValidators = previous != null && (previous.etag() != null || previous.lastModified() != null);
        for (int hop = 0; ; hop++) {
            FetchResult.Failed refused = admit(url, uri);
            if (refused != null) return refused;
            RobotsRules rules = robotsFor(uri);
            if (rules == null) return new FetchResult.Failed(url, "deadline", pastDeadline(start) + " reading robots.txt", 0);
            if (!rules.allows(pathAndQuery(uri))) {
                return rules.disallowAllReason() != null
                        ? new FetchResult.Failed(url, "robots_unavailable", rules.disallowAllReason(), 0)
                        : new FetchResult.Failed(url, "robots_disallowed", "robots.txt disallows " + uri, 0);
            }
            boolean conditional = haveValidators && uri.toString().equals(validatedUrl);
            Exchange ex = exchange(uri, accept, conditional ? previous : null, config.maxBodyBytes(), false);
            if ("deadline".equals(ex.errorCode())) {
                return new FetchResult.Failed(url, "deadline", pastDeadline(start) + ": " + ex.errorDetail() + " (" + uri + ")", 0);
            }
            if (ex.errorCode() != null) return new FetchResult.Failed(url, ex.errorCode(), ex.errorDetail() + " (" + uri + ")", ex.status());
            int s = ex.status();
            if (isRedirect(s)) {
                String location = ex.header("location");
                if (location == null) return new FetchResult.Failed(url, "bad_redirect", "HTTP " + s + " without Location at " + uri, s);
                if (hop >= config.maxRedirects()) {
                    return new FetchResult.Failed(url, "too_many_redirects",
                            "more than " + config.maxRedirects() + " redirects, the last from " + uri + " to " + location, s);
                }
                try {
                    uri = Urls.resolve(uri, location);
                } catch (IllegalArgumentException e) {
                    return failed(url, e.getMessage() + " (redirect from " + uri + ")", s);
                }
                continue;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            if (s == 304 && conditional) return new FetchResult.NotModified(url, uri.toString(), now);
            if (s >= 200 && s < 300) {
                return new FetchResult.Ok(url, uri.toString(), now, s, ex.header("etag"), ex.header("last-modified"),
                        ex.header("content-type"), ex.body());
            }
            return new FetchResult.Failed(url, "http_" + s, "HTTP " + s + " at " + uri, s);
        }
    }

    // ---------------------------------------------------------------- addresses

    /**
     * Refuses a hop whose host is unknown or has a refused address before anything is sent to it, not
     * even a robots.txt request. Only an early, clear answer: the check that counts is the one at
     * connect time ({@link CheckedResolver}), since a name may answer differently a moment later.
     */
    private FetchResult.Failed admit(String url, URI uri) {
        try {
            addresses.resolve(uri.getHost());
            return null;
        } catch (CheckedResolver.Refused e) {
            return new FetchResult.Failed(url, "private_address", e.getMessage(), 0);
        } catch (UnknownHostException e) {
            return new FetchResult.Failed(url, "unknown_host", e.getMessage(), 0);
        }
    }

    // ---------------------------------------------------------------- robots.txt

    private RobotsRules robotsFor(URI uri) {
        String origin = origin(uri);
        RobotsRules cached = robots.get(origin);
        if (cached != null) return cached;
        RobotsRules rules = readRobots(URI.create(origin + "/robots.txt"));
        if (rules == null) return null; // out of time: asked again with the next URL
        robots.put(origin, rules);
        if (rules.crawlDelay() != null) crawlDelay.put(host(uri), rules.crawlDelay());
        return rules;
    }

    /** The rules, or null when the URL's deadline passed first. */
    private RobotsRules readRobots(URI robotsUri) {
        URI u = robotsUri;
        for (int hop = 0; hop <= Math.min(config.maxRedirects(), 5); hop++) {
            if (admit(u.toString(), u) != null) return RobotsRules.allowAll(); // redirected out of reach: as if missing
            Exchange ex = exchange(u, "text/plain", null, ROBOTS_LIMIT, true);
            if ("deadline".equals(ex.errorCode())) return null;
            if (ex.errorCode() != null) {
                return RobotsRules.disallowAll("robots.txt unreachable at " + u + " (" + ex.errorCode() + ": " + ex.errorDetail() + ")");
            }
            int s = ex.status();
            if (isRedirect(s) && ex.header("location") != null) {
                try {
                    u = Urls.resolve(u, ex.header("location"));
                } catch (IllegalArgumentException e) {
                    return RobotsRules.allowAll();
                }
                continue;
            }
            if (s >= 200 && s < 300) return RobotsRules.parse(ex.body(), FetchConfig.PRODUCT);
            if (s == 429 || s >= 500) return RobotsRules.disallowAll("robots.txt answered HTTP " + s + " at " + u);
            return RobotsRules.allowAll();
        }
        return RobotsRules.allowAll();
    }

    // ---------------------------------------------------------------- one request, with rate limit and retries

    private Exchange exchange(URI uri, String accept, FetchedPage validators, long limit, boolean truncate) {
        String host = host(uri);
        for (int attempt = 0; ; attempt++) {
            if (timeLeft().compareTo(Duration.ZERO) <= 0) {
                return Exchange.error("deadline", "no time left for another request", false);
            }
            Exchange waited = awaitTurn(host);
            if (waited != null) return waited;
            Exchange ex = exchangeOnce(uri, accept, validators, limit, truncate);
            Duration interval = config.minInterval();
            Duration delay = crawlDelay.get(host);
            if (delay != null && delay.compareTo(interval) > 0) interval = min(delay, config.maxWait());
            schedule(host, interval);
            if ("interrupted".equals(ex.errorCode())) return ex;
            boolean retryable = ex.errorCode() != null ? ex.retryable()
                    : ex.status() == 429 || (ex.status() >= 500 && ex.status() != 501 && ex.status() != 505);
            Duration retryAfter = ex.errorCode() == null && (ex.status() == 429 || ex.status() == 503)
                    ? retryAfter(ex.header("retry-after")) : null;
            if (retryAfter != null) schedule(host, retryAfter); // also holds back the next URL of this host
            if (!retryable || attempt >= config.maxRetries()) return ex;
            Duration wait = retryAfter != null ? retryAfter : config.backoff().multipliedBy(1L << Math.min(attempt, 20));
            if (wait.compareTo(config.maxWait()) > 0) return ex; // the host wants more patience than we have
            schedule(host, wait);
        }
    }

    private Exchange exchangeOnce(URI uri, String accept, FetchedPage validators, long limit, boolean truncate) {
        if (Thread.currentThread().isInterrupted()) return Exchange.error("interrupted", "the fetch was interrupted", false);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", config.userAgent());
        headers.put("Accept", accept);
        if (validators != null) {
            if (validators.etag() != null) headers.put("If-None-Match", validators.etag());
            if (validators.lastModified() != null) headers.put("If-Modified-Since", validators.lastModified());
        }
        return transport.get(uri, headers, limit, truncate, min(config.totalTimeout(), timeLeft()));
    }

    // ---------------------------------------------------------------- politeness clock

    private Exchange awaitTurn(String host) {
        Long at = notBefore.get(host);
        if (at == null) return null;
        long waitNanos = at - System.nanoTime();
        if (waitNanos <= 0) return null;
        if (waitNanos > config.maxWait().toNanos()) {
            return Exchange.error("rate_limited", host + " asked us to wait " + Duration.ofNanos(waitNanos).toSeconds()
                    + " s, more than our limit of " + config.maxWait().toSeconds() + " s", false);
        }
        if (waitNanos > timeLeft().toNanos()) {
            return Exchange.error("deadline", "waiting " + Duration.ofNanos(waitNanos).toMillis() + " ms for " + host
                    + " would pass the deadline", false);
        }
        try {
            TimeUnit.NANOSECONDS.sleep(waitNanos);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Exchange.error("interrupted", "the fetch was interrupted", false);
        }
    }

    /** What remains of the current URL's deadline, on the clock (zero or negative when passed). */
    private Duration timeLeft() {
        return deadline.equals(Instant.MAX) ? ChronoUnit.FOREVER.getDuration() : Duration.between(clock.instant(), deadline);
    }

    private String pastDeadline(Instant start) {
        return "out of time after " + Duration.between(start, clock.instant()).toSeconds() + " s (per URL "
                + config.urlDeadline().toSeconds() + " s)";
    }

    /** No request to {@code host} before {@code wait} from now (keeps a later time already set). */
    private void schedule(String host, Duration wait) {
        long at = System.nanoTime() + wait.toNanos();
        notBefore.merge(host, at, Math::max);
    }

    /** Retry-After as seconds or an HTTP date, never negative; null when absent or unreadable. */
    Duration retryAfter(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException | ArithmeticException e) {
                return Duration.ofDays(1); // absurdly large: more than anyone's maxWait
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- helpers

    private static boolean isRedirect(int s) {
        return s == 301 || s == 302 || s == 303 || s == 307 || s == 308;
    }

    private static String host(URI u) {
        return u.getHost().toLowerCase(Locale.ROOT);
    }

    private static String origin(URI u) {
        int port = u.getPort() >= 0 ? u.getPort() : u.getScheme().equals("https") ? 443 : 80;
        return u.getScheme() + "://" + u.getRawAuthority().replaceFirst(":\\d+$", "") + ":" + port;
    }

    private static String pathAndQuery(URI u) {
        String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.getRawQuery() == null ? p : p + "?" + u.getRawQuery();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static FetchResult.Failed failed(String url, String reason, int status) {
        int colon = reason.indexOf(": ");
        return colon < 0 ? new FetchResult.Failed(url, reason, "", status)
                : new FetchResult.Failed(url, reason.substring(0, colon), reason.substring(colon + 2), status);
    }
}
