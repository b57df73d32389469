package io.roundup.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * An HTTP GET that behaves well towards the sites it visits and refuses what it must not do.
 * <ul>
 * <li>http and https only; every hop's host is resolved and its addresses checked before any
 * connection (no loopback, private, link-local or reserved addresses unless the config allows);</li>
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
    static final long ERROR_BODY_LIMIT = 8 * 1024;    // bodies of redirects and errors are not used

    private final FetchConfig config;
    private final Clock clock;
    private final HttpClient client;
    private final Map<String, Long> notBefore = new HashMap<>();          // host → System.nanoTime()
    private final Map<String, Duration> crawlDelay = new HashMap<>();     // host → robots.txt Crawl-delay
    private final Map<String, RobotsRules> robots = new HashMap<>();      // origin → rules

    public PoliteFetcher(FetchConfig config) {
        this(config, Clock.systemUTC());
    }

    public PoliteFetcher(FetchConfig config, Clock clock) {
        this(config, clock, client(config));
    }

    /** With a given client (tests count what reaches it); it must not follow redirects itself. */
    PoliteFetcher(FetchConfig config, Clock clock, HttpClient client) {
        this.config = config;
        this.clock = clock;
        this.client = client;
    }

    static HttpClient client(FetchConfig config) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(java.net.ProxySelector.of(null)) // direct: the address check must be about the real peer
                .connectTimeout(config.connectTimeout())
                .build();
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
            if (!rules.allows(pathAndQuery(uri))) {
                return rules.disallowAllReason() != null
                        ? new FetchResult.Failed(url, "robots_unavailable", rules.disallowAllReason(), 0)
                        : new FetchResult.Failed(url, "robots_disallowed", "robots.txt disallows " + uri, 0);
            }
            boolean conditional = haveValidators && uri.toString().equals(validatedUrl);
            Exchange ex = exchange(uri, accept, conditional ? previous : null, config.maxBodyBytes(), false);
            if (ex.errorCode != null) return new FetchResult.Failed(url, ex.errorCode, ex.errorDetail + " (" + uri + ")", ex.status);
            int s = ex.status;
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
                        ex.header("content-type"), ex.body);
            }
            return new FetchResult.Failed(url, "http_" + s, "HTTP " + s + " at " + uri, s);
        }
    }

    // ---------------------------------------------------------------- addresses

    private FetchResult.Failed admit(String url, URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new FetchResult.Failed(url, "unknown_host", host, 0);
        } catch (SecurityException e) {
            return new FetchResult.Failed(url, "unknown_host", host + ": " + e.getMessage(), 0);
        }
        for (InetAddress a : addresses) {
            String why = AddressPolicy.refusal(a, config.allowLoopback(), config.allowPrivate());
            if (why != null) {
                return new FetchResult.Failed(url, "private_address",
                        host + " resolves to " + a.getHostAddress() + " (" + why + "), which we do not contact", 0);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- robots.txt

    private RobotsRules robotsFor(URI uri) {
        String origin = origin(uri);
        RobotsRules cached = robots.get(origin);
        if (cached != null) return cached;
        RobotsRules rules = readRobots(URI.create(origin + "/robots.txt"));
        robots.put(origin, rules);
        if (rules.crawlDelay() != null) crawlDelay.put(host(uri), rules.crawlDelay());
        return rules;
    }

    private RobotsRules readRobots(URI robotsUri) {
        URI u = robotsUri;
        for (int hop = 0; hop <= Math.min(config.maxRedirects(), 5); hop++) {
            if (admit(u.toString(), u) != null) return RobotsRules.allowAll(); // redirected out of reach: as if missing
            Exchange ex = exchange(u, "text/plain", null, ROBOTS_LIMIT, true);
            if (ex.errorCode != null) {
                return RobotsRules.disallowAll("robots.txt unreachable at " + u + " (" + ex.errorCode + ": " + ex.errorDetail + ")");
            }
            int s = ex.status;
            if (isRedirect(s) && ex.header("location") != null) {
                try {
                    u = Urls.resolve(u, ex.header("location"));
                } catch (IllegalArgumentException e) {
                    return RobotsRules.allowAll();
                }
                continue;
            }
            if (s >= 200 && s < 300) return RobotsRules.parse(ex.body, FetchConfig.PRODUCT);
            if (s == 429 || s >= 500) return RobotsRules.disallowAll("robots.txt answered HTTP " + s + " at " + u);
            return RobotsRules.allowAll();
        }
        return RobotsRules.allowAll();
    }

    // ---------------------------------------------------------------- one request, with rate limit and retries

    private Exchange exchange(URI uri, String accept, FetchedPage validators, long limit, boolean truncate) {
        String host = host(uri);
        for (int attempt = 0; ; attempt++) {
            Exchange waited = awaitTurn(host);
            if (waited != null) return waited;
            Exchange ex = exchangeOnce(uri, accept, validators, limit, truncate);
            Duration interval = config.minInterval();
            Duration delay = crawlDelay.get(host);
            if (delay != null && delay.compareTo(interval) > 0) interval = min(delay, config.maxWait());
            schedule(host, interval);
            if ("interrupted".equals(ex.errorCode)) return ex;
            boolean retryable = ex.errorCode != null ? ex.retryable
                    : ex.status == 429 || (ex.status >= 500 && ex.status != 501 && ex.status != 505);
            Duration retryAfter = ex.errorCode == null && (ex.status == 429 || ex.status == 503)
                    ? retryAfter(ex.header("retry-after")) : null;
            if (retryAfter != null) schedule(host, retryAfter); // also holds back the next URL of this host
            if (!retryable || attempt >= config.maxRetries()) return ex;
            Duration wait = retryAfter != null ? retryAfter : config.backoff().multipliedBy(1L << Math.min(attempt, 20));
            if (wait.compareTo(config.maxWait()) > 0) return ex; // the host wants more patience than we have
            schedule(host, wait);
        }
    }

    private Exchange exchangeOnce(URI uri, String accept, FetchedPage validators, long limit, boolean truncate) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(config.readTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", accept);
        if (validators != null) {
            if (validators.etag() != null) b.header("If-None-Match", validators.etag());
            if (validators.lastModified() != null) b.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> f;
        try {
            f = client.sendAsync(b.build(), info -> {
                long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
                boolean ok = info.statusCode() >= 200 && info.statusCode() < 300;
                return ok ? new LimitedBody(limit, truncate, declared) : new LimitedBody(ERROR_BODY_LIMIT, true, declared);
            });
        } catch (IllegalArgumentException e) {
            return Exchange.error("bad_url", e.getMessage(), false);
        }
        try {
            HttpResponse<byte[]> r = f.get(config.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Exchange(r.statusCode(), r.headers(), r.body(), null, null, false);
        } catch (TimeoutException e) {
            f.cancel(true);
            return Exchange.error("timeout", "no complete response within " + config.totalTimeout().toMillis() + " ms", false);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return Exchange.error("interrupted", "the fetch was interrupted", false);
        } catch (ExecutionException e) {
            return classify(e.getCause());
        }
    }

    private Exchange classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LimitedBody.TooLarge) return Exchange.error("too_large", c.getMessage(), false);
            if (c instanceof HttpConnectTimeoutException) {
                return Exchange.error("connect_timeout", "no connection within " + config.connectTimeout().toMillis() + " ms", false);
            }
            if (c instanceof HttpTimeoutException) {
                return Exchange.error("timeout", "no response within " + config.readTimeout().toMillis() + " ms", false);
            }
            if (c instanceof ConnectException) return Exchange.error("connect_failed", String.valueOf(c.getMessage()), true);
            if (c instanceof SSLException) return Exchange.error("tls_error", String.valueOf(c.getMessage()), false);
        }
        String what = t == null ? "unknown error" : t.getClass().getSimpleName() + ": " + t.getMessage();
        return Exchange.error("io_error", what, t instanceof IOException);
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
        try {
            TimeUnit.NANOSECONDS.sleep(waitNanos);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Exchange.error("interrupted", "the fetch was interrupted", false);
        }
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
        } catch (java.time.format.DateTimeParseException e) {
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

    private record Exchange(int status, HttpHeaders headers, byte[] body, String errorCode, String errorDetail,
                            boolean retryable) {

        static Exchange error(String code, String detail, boolean retryable) {
            return new Exchange(0, null, null, code, detail, retryable);
        }

        String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }
    }
}
