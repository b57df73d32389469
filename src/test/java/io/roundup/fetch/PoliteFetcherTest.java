package io.roundup.fetch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The fetcher against a real HTTP server on loopback; every timeout small, every wait bounded. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PoliteFetcherTest {

    static final String CONTACT = "https://example.org/roundup";
    static final String HTML = "<html><head><title>T</title></head><body><p>Zhipu raised money.</p></body></html>";

    TestServer server;

    /**
     * Loopback allowed, no rate limit, 2 quick retries, 64 KiB, 3 redirects; timeouts of a few seconds,
     * which only the timeout tests (with their own, shorter ones) ever reach.
     */
    static FetchConfig config() {
        return FetchConfig.defaults(CONTACT).withAllowLoopback(true).withMinInterval(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(5))
                .withRetries(2, Duration.ofMillis(20), Duration.ofSeconds(3))
                .withMaxBodyBytes(64 * 1024).withMaxRedirects(3);
    }

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    FetchResult get(String path) {
        return new PoliteFetcher(config()).fetch(server.url(path), PoliteFetcher.ACCEPT_HTML, null);
    }

    static FetchResult.Failed failed(FetchResult r) {
        assertThat(r).isInstanceOf(FetchResult.Failed.class);
        return (FetchResult.Failed) r;
    }

    static FetchResult.Ok ok(FetchResult r) {
        assertThat(r).as(r.toString()).isInstanceOf(FetchResult.Ok.class);
        return (FetchResult.Ok) r;
    }

    @Test
    void fetchesAPageWithAnHonestUserAgentAndKeepsItsValidators() {
        server.page("/a", 200, "text/html; charset=utf-8", HTML, "ETag", "\"v1\"", "Last-Modified", "Mon, 05 Jan 2026 10:00:00 GMT");
        FetchResult.Ok r = ok(get("/a"));
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(HTML);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.finalUrl()).isEqualTo(server.url("/a"));
        assertThat(r.etag()).isEqualTo("\"v1\"");
        assertThat(r.lastModified()).isEqualTo("Mon, 05 Jan 2026 10:00:00 GMT");
        assertThat(r.contentType()).isEqualTo("text/html; charset=utf-8");
        TestServer.Request req = server.requests("/a").get(0);
        assertThat(req.header("User-Agent")).isEqualTo("roundup/0.1 (+https://example.org/roundup)");
        assertThat(req.header("Accept")).startsWith("text/html");
        assertThat(req.header("If-None-Match")).isNull();
        assertThat(server.requests.get(0).path()).isEqualTo("/robots.txt");
    }

    @Test
    void readsRobotsTxtOncePerHost() {
        server.page("/a", 200, "text/html", HTML);
        server.page("/b", 200, "text/html", HTML);
        PoliteFetcher f = new PoliteFetcher(config());
        ok(f.fetch(server.url("/a"), PoliteFetcher.ACCEPT_HTML, null));
        ok(f.fetch(server.url("/b"), PoliteFetcher.ACCEPT_HTML, null));
        ok(f.fetch(server.url("/a?x=1"), PoliteFetcher.ACCEPT_HTML, null));
        assertThat(server.requests("/robots.txt")).hasSize(1);
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() {
        server.redirect("/old", 302, "/middle");
        server.redirect("/middle", 301, server.url("/new"));
        server.page("/new", 200, "text/html", HTML);
        FetchResult.Ok r = ok(get("/old#frag"));
        assertThat(r.url()).isEqualTo(server.url("/old#frag"));
        assertThat(r.finalUrl()).isEqualTo(server.url("/new"));
        assertThat(server.requests("/new")).hasSize(1);
    }

    @Test
    void stopsARedirectLoopAtTheLimit() {
        server.redirect("/ping", 302, "/pong");
        server.redirect("/pong", 307, "/ping");
        FetchResult.Failed f = failed(get("/ping"));
        assertThat(f.code()).isEqualTo("too_many_redirects");
        assertThat(server.requests("/ping").size() + server.requests("/pong").size()).isEqualTo(4); // first + 3 redirects
    }

    @Test
    void aRedirectWithoutLocationIsRefused() {
        server.page("/nowhere", 302, "text/plain", "moved");
        assertThat(failed(get("/nowhere")).code()).isEqualTo("bad_redirect");
    }

    @Test
    void conditionalGetWithEtagGives304NotModified() {
        server.on("/c", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                TestServer.send(ex, 304, null, (byte[]) null);
            } else {
                ex.getResponseHeaders().add("ETag", "\"v1\"");
                TestServer.send(ex, 200, "text/html", HTML);
            }
        });
        PoliteFetcher f = new PoliteFetcher(config());
        FetchResult.Ok first = ok(f.fetch(server.url("/c"), PoliteFetcher.ACCEPT_HTML, null));
        FetchedPage held = new FetchedPage(first.url(), first.finalUrl(), first.fetchedAt(), 200, first.etag(), null,
                "h", "text/html", "h.html");
        FetchResult again = f.fetch(server.url("/c"), PoliteFetcher.ACCEPT_HTML, held);
        assertThat(again).isInstanceOf(FetchResult.NotModified.class);
        assertThat(server.requests("/c").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void conditionalGetWithLastModified() {
        String lm = "Tue, 06 Jan 2026 08:00:00 GMT";
        server.on("/lm", ex -> {
            if (lm.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) TestServer.send(ex, 304, null, (byte[]) null);
            else TestServer.send(ex, 200, "text/html", HTML);
        });
        FetchedPage held = new FetchedPage(server.url("/lm"), server.url("/lm"), Instant.now(), 200, null, lm, "h",
                "text/html", "h.html");
        assertThat(new PoliteFetcher(config()).fetch(server.url("/lm"), PoliteFetcher.ACCEPT_HTML, held))
                .isInstanceOf(FetchResult.NotModified.class);
    }

    @Test
    void notFoundIsARejectAndIsNotRetried() {
        FetchResult.Failed f = failed(get("/missing"));
        assertThat(f.code()).isEqualTo("http_404");
        assertThat(f.status()).isEqualTo(404);
        assertThat(f.reason()).startsWith("http_404: HTTP 404 at ");
        assertThat(server.requests("/missing")).hasSize(1);
    }

    @Test
    void retriesAfterAServerErrorWithBackoff() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky", ex -> {
            if (calls.incrementAndGet() == 1) TestServer.send(ex, 500, "text/plain", "oops");
            else TestServer.send(ex, 200, "text/html", HTML);
        });
        ok(get("/flaky"));
        List<TestServer.Request> reqs = server.requests("/flaky");
        assertThat(reqs).hasSize(2);
        assertThat(reqs.get(1).nanos() - reqs.get(0).nanos()).isGreaterThanOrEqualTo(Duration.ofMillis(20).toNanos());
    }

    @Test
    void givesUpAfterTheLastRetry() {
        server.page("/down", 503, "text/plain", "down");
        FetchResult.Failed f = failed(get("/down"));
        assertThat(f.code()).isEqualTo("http_503");
        assertThat(server.requests("/down")).hasSize(3); // one try and two retries
        List<TestServer.Request> reqs = server.requests("/down");
        long second = reqs.get(2).nanos() - reqs.get(1).nanos();
        assertThat(second).as("backoff doubles").isGreaterThanOrEqualTo(Duration.ofMillis(40).toNanos());
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().add("Retry-After", "1");
                TestServer.send(ex, 429, "text/plain", "slow down");
            } else {
                TestServer.send(ex, 200, "text/html", HTML);
            }
        });
        ok(get("/busy"));
        List<TestServer.Request> reqs = server.requests("/busy");
        assertThat(reqs).hasSize(2);
        assertThat(reqs.get(1).nanos() - reqs.get(0).nanos()).isGreaterThanOrEqualTo(Duration.ofMillis(990).toNanos());
    }

    @Test
    void aRetryAfterBeyondTheCapGivesUpAndHoldsTheHostBack() {
        server.on("/busy", ex -> {
            ex.getResponseHeaders().add("Retry-After", "3600");
            TestServer.send(ex, 429, "text/plain", "come back in an hour");
        });
        server.page("/other", 200, "text/html", HTML);
        PoliteFetcher f = new PoliteFetcher(config());
        long t0 = System.nanoTime();
        assertThat(failed(f.fetch(server.url("/busy"), PoliteFetcher.ACCEPT_HTML, null)).code()).isEqualTo("http_429");
        assertThat(failed(f.fetch(server.url("/other"), PoliteFetcher.ACCEPT_HTML, null)).code()).isEqualTo("rate_limited");
        assertThat(System.nanoTime() - t0).isLessThan(Duration.ofMillis(2500).toNanos()); // no wait at all
        assertThat(server.requests("/busy")).hasSize(1);
        assertThat(server.requests("/other")).isEmpty();
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:27:30Z"), ZoneOffset.UTC);
        PoliteFetcher f = new PoliteFetcher(config(), clock);
        assertThat(f.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(f.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ofSeconds(30));
        assertThat(f.retryAfter("Wed, 21 Oct 2015 07:00:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(f.retryAfter("soon")).isNull();
        assertThat(f.retryAfter(null)).isNull();
        assertThat(f.retryAfter("99999999999999999999999")).isGreaterThan(Duration.ofHours(1));
    }

    @Test
    void aSlowResponseTimesOut() {
        server.on("/slow", ex -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                return;
            }
            TestServer.send(ex, 200, "text/html", HTML);
        });
        FetchConfig c = config().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofSeconds(2));
        long t0 = System.nanoTime();
        FetchResult.Failed f = failed(new PoliteFetcher(c).fetch(server.url("/slow"), PoliteFetcher.ACCEPT_HTML, null));
        assertThat(f.code()).isEqualTo("timeout");
        assertThat(System.nanoTime() - t0).isLessThan(Duration.ofMillis(3000).toNanos()); // not the 5 s the server takes
        assertThat(server.requests("/slow")).hasSize(1);
    }

    @Test
    void aTricklingBodyIsCutOffByTheExchangeTimeout() {
        server.on("/trickle", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        FetchConfig c = config().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(800));
        long t0 = System.nanoTime();
        FetchResult.Failed f = failed(new PoliteFetcher(c).fetch(server.url("/trickle"), PoliteFetcher.ACCEPT_HTML, null));
        assertThat(f.code()).isEqualTo("timeout");
        assertThat(System.nanoTime() - t0).isLessThan(Duration.ofMillis(4000).toNanos()); // not the 10 s of trickle
    }

    @Test
    void anOversizedBodyWithContentLengthIsNotRead() {
        server.page("/big", 200, "text/html", "x".repeat(200_000));
        FetchResult.Failed f = failed(get("/big"));
        assertThat(f.code()).isEqualTo("too_large");
        assertThat(f.detail()).contains("Content-Length 200000");
    }

    @Test
    void anOversizedChunkedBodyIsCutOff() {
        server.on("/stream", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked, no length
            byte[] chunk = new byte[8192];
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 1000; i++) out.write(chunk); // 8 MB unless stopped
            }
        });
        long t0 = System.nanoTime();
        FetchResult.Failed f = failed(get("/stream"));
        assertThat(f.code()).isEqualTo("too_large");
        assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(5).toNanos());
    }

    @Test
    void aBodyJustUnderTheLimitIsFine() {
        server.page("/fits", 200, "text/html", "x".repeat(64 * 1024));
        assertThat(ok(get("/fits")).body()).hasSize(64 * 1024);
    }

    @Test
    void robotsTxtDisallowForOurAgentIsObeyedWithoutTouchingThePage() {
        server.page("/robots.txt", 200, "text/plain", """
                User-agent: *
                Disallow: /private/

                User-agent: roundup
                Disallow: /news/secret
                Allow: /news/secret/ok
                """);
        server.page("/news/secret", 200, "text/html", HTML);
        server.page("/news/secret/ok", 200, "text/html", HTML);
        server.page("/private/x", 200, "text/html", HTML);
        PoliteFetcher f = new PoliteFetcher(config());
        FetchResult.Failed refused = failed(f.fetch(server.url("/news/secret"), PoliteFetcher.ACCEPT_HTML, null));
        assertThat(refused.code()).isEqualTo("robots_disallowed");
        assertThat(server.requests("/news/secret")).isEmpty();
        ok(f.fetch(server.url("/news/secret/ok"), PoliteFetcher.ACCEPT_HTML, null));
        // our own group exists, so the * group does not apply to us (RFC 9309)
        ok(f.fetch(server.url("/private/x"), PoliteFetcher.ACCEPT_HTML, null));
    }

    @Test
    void robotsTxtStarGroupAppliesWhenNoneNamesUs() {
        server.page("/robots.txt", 200, "text/plain", "User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n");
        server.page("/private/x", 200, "text/html", HTML);
        server.page("/public", 200, "text/html", HTML);
        PoliteFetcher f = new PoliteFetcher(config());
        assertThat(failed(f.fetch(server.url("/private/x"), PoliteFetcher.ACCEPT_HTML, null)).code()).isEqualTo("robots_disallowed");
        ok(f.fetch(server.url("/public"), PoliteFetcher.ACCEPT_HTML, null));
        assertThat(server.requests("/private/x")).isEmpty();
    }

    @Test
    void eachRedirectHopIsCheckedAgainstRobotsTxt() {
        server.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        server.redirect("/go", 302, "/private/x");
        server.page("/private/x", 200, "text/html", HTML);
        assertThat(failed(get("/go")).code()).isEqualTo("robots_disallowed");
        assertThat(server.requests("/private/x")).isEmpty();
    }

    @Test
    void anUnreachableRobotsTxtMeansNothingIsFetched() {
        server.page("/robots.txt", 500, "text/plain", "broken");
        server.page("/a", 200, "text/html", HTML);
        FetchResult.Failed f = failed(get("/a"));
        assertThat(f.code()).isEqualTo("robots_unavailable");
        assertThat(server.requests("/a")).isEmpty();
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        server.page("/robots.txt", 404, "text/plain", "none");
        server.page("/a", 200, "text/html", HTML);
        ok(get("/a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/news", "http://192.168.1.20/", "http://172.16.5.4:8080/x",
            "http://169.254.169.254/latest/meta-data/", "http://[fd00::1]/", "http://[fe80::1]/", "http://100.64.0.1/",
            "http://0.0.0.0/", "http://[::]/", "http://224.0.0.1/",
            "http://[2002:a00:1::1]/", "http://[2002:7f00:1::]/", "http://[2002:a9fe:a9fe::]/", // 6to4 of 10.0.0.1, 127.0.0.1, 169.254.169.254
            "http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/",                                     // Teredo, client 10.0.0.1
            "http://[64:ff9b:1::a00:1]/", "http://[64:ff9b:1:a9fe:a9:fe00::]/"})                  // local-use NAT64
    void privateAndReservedAddressesAreRefusedBeforeAnyConnection(String url) {
        ScriptedResolver dns = ScriptedResolver.switching(0, null, null);
        PoliteFetcher f = new PoliteFetcher(config(), Clock.systemUTC(), dns);
        FetchResult.Failed refused = failed(f.fetch(url, PoliteFetcher.ACCEPT_HTML, null));
        assertThat(refused.code()).isEqualTo("private_address");
        // every connection goes through the resolver: asked once, by the early check, so none was opened
        assertThat(dns.asked).as("not even robots.txt").hasSize(1);
    }

    @Test
    void loopbackIsRefusedUnlessConfiguredAndNoRequestIsSent() {
        server.page("/a", 200, "text/html", HTML);
        PoliteFetcher strict = new PoliteFetcher(config().withAllowLoopback(false));
        assertThat(failed(strict.fetch(server.url("/a"), PoliteFetcher.ACCEPT_HTML, null)).code()).isEqualTo("private_address");
        assertThat(failed(strict.fetch("http://localhost:" + server.port() + "/a", PoliteFetcher.ACCEPT_HTML, null)).code())
                .isEqualTo("private_address");
        assertThat(server.requests).isEmpty(); // not even robots.txt
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() {
        server.redirect("/evil", 302, "http://10.0.0.1/admin");
        ScriptedResolver dns = ScriptedResolver.switching(0, null, null);
        FetchResult.Failed f = failed(new PoliteFetcher(config(), Clock.systemUTC(), dns)
                .fetch(server.url("/evil"), PoliteFetcher.ACCEPT_HTML, null));
        assertThat(f.code()).isEqualTo("private_address");
        assertThat(f.detail()).contains("10.0.0.1");
        assertThat(dns.askedFor("10.0.0.1")).isEqualTo(1);
        assertThat(server.requests).extracting(TestServer.Request::path).containsExactly("/robots.txt", "/evil");
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        server.redirect("/file", 302, "file:///etc/passwd");
        assertThat(failed(get("/file")).code()).isEqualTo("bad_scheme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/x", "file:///etc/passwd", "gopher://example.org/", "javascript:alert(1)"})
    void onlyHttpAndHttpsAreFetched(String url) {
        assertThat(failed(new PoliteFetcher(config()).fetch(url, PoliteFetcher.ACCEPT_HTML, null)).code())
                .isIn("bad_scheme", "bad_url");
    }

    @Test
    void nonAsciiAndSpacesInLinksAreSentPercentEncoded() {
        server.page("/news/%E6%99%BA%E8%B0%B1%20ipo.html", 200, "text/html", HTML);
        FetchResult.Ok r = ok(get("/news/\u667a\u8c31 ipo.html"));
        assertThat(r.finalUrl()).isEqualTo(server.url("/news/%E6%99%BA%E8%B0%B1%20ipo.html"));
    }

    @Test
    void aMalformedUrlIsARejectNotAnException() {
        assertThat(failed(new PoliteFetcher(config()).fetch("http://exa mple.org/", PoliteFetcher.ACCEPT_HTML, null)).code())
                .isEqualTo("bad_url");
        assertThat(failed(new PoliteFetcher(config()).fetch("/relative/only", PoliteFetcher.ACCEPT_HTML, null)).code())
                .isEqualTo("bad_url");
    }

    @Test
    void spacesRequestsToOneHostByTheMinimumInterval() {
        server.page("/a", 200, "text/html", HTML);
        server.page("/b", 200, "text/html", HTML);
        PoliteFetcher f = new PoliteFetcher(config().withMinInterval(Duration.ofMillis(250)));
        ok(f.fetch(server.url("/a"), PoliteFetcher.ACCEPT_HTML, null));
        ok(f.fetch(server.url("/b"), PoliteFetcher.ACCEPT_HTML, null));
        ok(f.fetch(server.url("/a"), PoliteFetcher.ACCEPT_HTML, null));
        List<TestServer.Request> reqs = server.requests; // robots.txt, /a, /b, /a
        assertThat(reqs).hasSize(4);
        for (int i = 1; i < reqs.size(); i++) {
            assertThat(reqs.get(i).nanos() - reqs.get(i - 1).nanos()).as("gap " + i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(240).toNanos());
        }
    }

    @Test
    void honoursACrawlDelayLongerThanOurInterval() {
        server.page("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 0.3\n");
        server.page("/a", 200, "text/html", HTML);
        server.page("/b", 200, "text/html", HTML);
        PoliteFetcher f = new PoliteFetcher(config());
        ok(f.fetch(server.url("/a"), PoliteFetcher.ACCEPT_HTML, null));
        ok(f.fetch(server.url("/b"), PoliteFetcher.ACCEPT_HTML, null));
        List<TestServer.Request> reqs = server.requests;
        assertThat(reqs.get(2).nanos() - reqs.get(1).nanos()).isGreaterThanOrEqualTo(Duration.ofMillis(290).toNanos());
    }

    @Test
    void aClosedPortIsARejectNotAnException() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        FetchConfig c = config().withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1));
        FetchResult.Failed f = failed(new PoliteFetcher(c).fetch("http://127.0.0.1:" + port + "/", PoliteFetcher.ACCEPT_HTML, null));
        assertThat(f.code()).isEqualTo("robots_unavailable"); // robots.txt cannot be read: nothing is fetched
    }

    // ---------------------------------------------------------------- DNS rebinding

    String rebound(String path) {
        return "http://" + ScriptedResolver.NAME + ":" + server.port() + path;
    }

    @Test
    void aNameThatRebindsBetweenTheCheckAndTheConnectionIsNotContacted() {
        server.page("/page", 200, "text/html", HTML);
        // page checked (1), robots.txt checked (2) and connected (3) at loopback; the page's connection asks again
        ScriptedResolver dns = ScriptedResolver.switching(3, "127.0.0.1", "169.254.169.254");
        FetchResult.Failed f = failed(new PoliteFetcher(config(), Clock.systemUTC(), dns)
                .fetch(rebound("/page"), PoliteFetcher.ACCEPT_HTML, null));
        assertThat(f.code()).isEqualTo("private_address");
        assertThat(f.detail()).contains("169.254.169.254");
        assertThat(dns.askedFor(ScriptedResolver.NAME)).isEqualTo(4);
        assertThat(server.requests).extracting(TestServer.Request::path).containsExactly("/robots.txt");
    }

    @Test
    void everyRetryResolvesAndChecksAgain() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky", ex -> TestServer.send(ex, calls.incrementAndGet() == 1 ? 503 : 200, "text/html", HTML));
        // as above, and the first attempt's connection (4) at loopback too
        ScriptedResolver dns = ScriptedResolver.switching(4, "127.0.0.1", "169.254.169.254");
        FetchResult.Failed f = failed(new PoliteFetcher(config(), Clock.systemUTC(), dns)
                .fetch(rebound("/flaky"), PoliteFetcher.ACCEPT_HTML, null));
        assertThat(f.code()).isEqualTo("private_address");
        assertThat(server.requests("/flaky")).hasSize(1); // the 503; the retry never connected
    }

    @Test
    void aRedirectHopToANameThatRebindsIsCheckedWhenItConnects() {
        server.redirect("/go", 302, rebound("/target"));
        server.page("/target", 200, "text/html", HTML);
        // the hop's checks and its robots.txt see loopback, its own connection would reach the metadata service
        ScriptedResolver dns = ScriptedResolver.switching(3, "127.0.0.1", "169.254.169.254");
        FetchResult r = new PoliteFetcher(config(), Clock.systemUTC(), dns).fetch(server.url("/go"), PoliteFetcher.ACCEPT_HTML, null);
        assertThat(failed(r).code()).isEqualTo("private_address");
        assertThat(failed(r).detail()).contains("169.254.169.254");
        assertThat(server.requests("/target")).isEmpty();
    }

    @Test
    void aNameThatStaysOnAnAllowedAddressIsFetched() {
        server.page("/page", 200, "text/html", HTML);
        ScriptedResolver dns = ScriptedResolver.switching(100, "127.0.0.1", "169.254.169.254");
        assertThat(ok(new PoliteFetcher(config(), Clock.systemUTC(), dns).fetch(rebound("/page"), PoliteFetcher.ACCEPT_HTML, null))
                .finalUrl()).isEqualTo(rebound("/page"));
        assertThat(server.requests("/page").get(0).header("Host")).isEqualTo(ScriptedResolver.NAME + ":" + server.port());
    }

    // ---------------------------------------------------------------- deadline

    @Test
    void oneUrlGivesUpAtItsDeadlineWhateverItsRetriesAllow() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-08T06:00:00Z"));
        server.on("/busy", ex -> {
            clock.advance(Duration.ofSeconds(50)); // each attempt takes 50 s
            TestServer.send(ex, 503, "text/plain", "busy");
        });
        FetchConfig c = config().withRetries(10, Duration.ofMillis(1), Duration.ofSeconds(3)).withUrlDeadline(Duration.ofMinutes(2));
        FetchResult.Failed f = failed(new PoliteFetcher(c, clock).fetch(server.url("/busy"), PoliteFetcher.ACCEPT_HTML, null));
        assertThat(f.code()).isEqualTo("deadline");
        assertThat(f.detail()).contains("out of time after 150 s (per URL 120 s)");
        assertThat(server.requests("/busy")).hasSize(3); // at 0, 50 and 100 s; none after 120 s
    }
}
