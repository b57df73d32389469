package io.roundup.fetch;

import io.roundup.fetch.FetchOutcome.Status;
import io.roundup.progress.Meter;
import io.roundup.progress.Total;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@Timeout(value = 15, unit = TimeUnit.SECONDS)
class NewsFetcherTest {

    static final NewsFetcher.Options EVERY_TIME = new NewsFetcher.Options(100, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(20));
    static final NewsFetcher.Options DEFAULTS = new NewsFetcher.Options(100, Duration.ZERO, null, Duration.ofMinutes(20));

    @TempDir
    Path dir;
    TestServer server;
    InMemoryFetchHistory history;
    final AtomicReference<String> bodyB = new AtomicReference<>("<html><body><p>B one</p></body></html>");

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        history = new InMemoryFetchHistory();
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + item("/a.html", "A") + item("/b.html", "B") + item("/missing.html", "Gone") + item("/doc.pdf", "PDF")
                + item("/same.html", "Same as A") + item("/a.html", "A again") + "</channel></rss>";
        server.on("/feed.xml", ex -> {
            if ("\"f1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                TestServer.send(ex, 304, null, (byte[]) null);
                return;
            }
            ex.getResponseHeaders().add("ETag", "\"f1\"");
            TestServer.send(ex, 200, "application/rss+xml", feed);
        });
        String a = "<html><body><p>A</p></body></html>";
        server.page("/a.html", 200, "text/html; charset=utf-8", a);
        server.page("/same.html", 200, "text/html; charset=utf-8", a);
        server.on("/b.html", ex -> TestServer.send(ex, 200, "text/html", bodyB.get()));
        server.page("/doc.pdf", 200, "application/pdf", "%PDF-1.4");
        server.page("/c.html", 200, "text/html", "<html><body><p>C</p></body></html>", "Last-Modified",
                "Mon, 05 Jan 2026 10:00:00 GMT");
        server.page("/broken.xml", 200, "application/rss+xml", "<rss><channel><item>");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    String item(String path, String title) {
        return "<item><title>" + title + "</title><link>" + server.url(path) + "</link>"
                + "<pubDate>Thu, 08 Jan 2026 09:30:00 +0800</pubDate></item>";
    }

    List<FetchOutcome> run(NewsFetcher.Options options, Source... sources) {
        NewsFetcher f = new NewsFetcher(new PoliteFetcher(PoliteFetcherTest.config()), history, dir.resolve("raw"),
                options, Clock.systemUTC());
        return f.fetchAll(List.of(sources));
    }

    Source feed(String path) {
        return new Source(server.url(path), Source.Kind.FEED);
    }

    Source article(String path) {
        return new Source(server.url(path), Source.Kind.ARTICLE);
    }

    Map<String, FetchOutcome> byPath(List<FetchOutcome> outcomes) {
        return outcomes.stream().collect(Collectors.toMap(o -> o.url().substring(o.url().lastIndexOf('/')),
                Function.identity()));
    }

    @Test
    void theMeterCountsEachUrlAndItsTotalGrowsWithTheFeedsEntries() {
        List<Total> totals = new ArrayList<>();
        AtomicLong done = new AtomicLong();
        Meter meter = new Meter() {
            @Override
            public void add(long items) {
                done.addAndGet(items);
            }

            @Override
            public void expect(Supplier<Total> total) {
                totals.add(total.get());
            }

            @Override
            public void close() {
            }
        };
        List<FetchOutcome> out = new NewsFetcher(new PoliteFetcher(PoliteFetcherTest.config()), history, dir.resolve("raw"),
                DEFAULTS, Clock.systemUTC()).fetchAll(List.of(feed("/feed.xml"), article("/c.html"), article("/a.html")), meter);
        // the three listed URLs, then the feed's four other links (a.html is listed, and in it twice)
        assertThat(totals).containsExactly(Total.exactly(3), Total.exactly(7));
        assertThat(done.get()).isEqualTo(out.size()).isEqualTo(7);
    }

    @Test
    void fetchesAFeedItsArticlesAndListedArticlesStoringEachBodyOnce() throws IOException {
        List<FetchOutcome> out = run(DEFAULTS, feed("/feed.xml"), article("/c.html"), article("/a.html"));
        assertThat(out).extracting(o -> o.url().substring(o.url().lastIndexOf('/')))
                .containsExactly("/feed.xml", "/a.html", "/b.html", "/missing.html", "/doc.pdf", "/same.html", "/c.html");
        Map<String, FetchOutcome> o = byPath(out);
        assertThat(o.get("/feed.xml").status()).isEqualTo(Status.FETCHED);
        assertThat(o.get("/a.html").status()).isEqualTo(Status.FETCHED);
        assertThat(o.get("/a.html").via()).isEqualTo(server.url("/feed.xml"));
        assertThat(o.get("/a.html").entry().title()).isEqualTo("A");
        assertThat(o.get("/b.html").status()).isEqualTo(Status.FETCHED);
        assertThat(o.get("/c.html").status()).isEqualTo(Status.FETCHED);
        assertThat(o.get("/c.html").via()).isNull();
        assertThat(o.get("/missing.html").status()).isEqualTo(Status.REJECTED);
        assertThat(o.get("/missing.html").reject().reason()).startsWith("http_404");
        assertThat(o.get("/missing.html").reject().line()).isZero();
        assertThat(o.get("/missing.html").reject().raw()).isEqualTo("linked from feed " + server.url("/feed.xml"));
        assertThat(o.get("/doc.pdf").reject().reason()).startsWith("unsupported_type: application/pdf");
        assertThat(o.get("/same.html").status()).isEqualTo(Status.DUPLICATE);
        assertThat(o.get("/same.html").duplicateOf()).isEqualTo(server.url("/a.html"));

        FetchedPage a = o.get("/a.html").page();
        byte[] body = "<html><body><p>A</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(a.contentHash()).isEqualTo(NewsFetcher.sha256(body)).hasSize(64);
        assertThat(a.rawPath()).isEqualTo(a.contentHash() + ".html");
        assertThat(a.httpStatus()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(a.finalUrl()).isEqualTo(server.url("/a.html"));
        assertThat(Files.readAllBytes(o.get("/a.html").rawFile())).isEqualTo(body);
        assertThat(o.get("/a.html").rawFile()).isEqualTo(dir.resolve("raw").resolve(a.rawPath()));
        assertThat(o.get("/feed.xml").page().rawPath()).endsWith(".xml");
        assertThat(o.get("/feed.xml").page().etag()).isEqualTo("\"f1\"");
        assertThat(o.get("/c.html").page().lastModified()).isEqualTo("Mon, 05 Jan 2026 10:00:00 GMT");
        try (var files = Files.list(dir.resolve("raw"))) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(4).allMatch(n -> !n.endsWith(".part")); // feed, a(=same), b, c
        }
        assertThat(server.requests("/a.html")).hasSize(1);
        assertThat(history.all()).hasSize(5); // feed, a, b, same, c (rejects are not stored)
    }

    @Test
    void aReRunDownloadsNothingAgain() {
        run(DEFAULTS, feed("/feed.xml"), article("/c.html"));
        int before = server.requests.size();
        List<FetchOutcome> again = run(DEFAULTS, feed("/feed.xml"), article("/c.html"));
        Map<String, FetchOutcome> o = byPath(again);
        assertThat(o.get("/feed.xml").status()).isEqualTo(Status.UNCHANGED); // 304 to the conditional GET
        assertThat(server.requests("/feed.xml").get(1).header("If-None-Match")).isEqualTo("\"f1\"");
        assertThat(o.get("/a.html").status()).isEqualTo(Status.UNCHANGED);
        assertThat(o.get("/b.html").status()).isEqualTo(Status.UNCHANGED);
        assertThat(o.get("/same.html").status()).isEqualTo(Status.UNCHANGED);
        assertThat(o.get("/c.html").status()).isEqualTo(Status.UNCHANGED);
        assertThat(o.get("/missing.html").status()).isEqualTo(Status.REJECTED); // failures are tried again
        assertThat(again).noneMatch(FetchOutcome::isNew);
        List<String> newRequests = server.requests.subList(before, server.requests.size()).stream()
                .map(TestServer.Request::path).toList();
        assertThat(newRequests).containsExactly("/robots.txt", "/feed.xml", "/missing.html", "/doc.pdf");
    }

    @Test
    void revisitingFindsChangedAndUnchangedPages() {
        assertThat(byPath(run(DEFAULTS, feed("/feed.xml"), article("/c.html"))).get("/a.html").status())
                .isEqualTo(Status.FETCHED);
        bodyB.set("<html><body><p>B two</p></body></html>");
        Map<String, FetchOutcome> o = byPath(run(EVERY_TIME, feed("/feed.xml"), article("/c.html")));
        assertThat(o.get("/a.html").status()).as("same hash: " + o.get("/a.html")).isEqualTo(Status.UNCHANGED);
        assertThat(o.get("/b.html").status()).as("new content").isEqualTo(Status.FETCHED);
        assertThat(o.get("/c.html").status()).isEqualTo(Status.UNCHANGED);
        assertThat(server.requests("/c.html").get(1).header("If-Modified-Since")).isEqualTo("Mon, 05 Jan 2026 10:00:00 GMT");
        assertThat(history.find(server.url("/b.html")).orElseThrow().contentHash())
                .isEqualTo(NewsFetcher.sha256("<html><body><p>B two</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.exists(o.get("/b.html").rawFile())).isTrue();
    }

    @Test
    void aLostRawFileIsFetchedAgainWithoutValidators() throws IOException {
        FetchOutcome first = run(DEFAULTS, article("/c.html")).get(0);
        Files.delete(first.rawFile());
        FetchOutcome again = run(DEFAULTS, article("/c.html")).get(0);
        assertThat(again.status()).isEqualTo(Status.FETCHED);
        assertThat(Files.exists(again.rawFile())).isTrue();
        assertThat(server.requests("/c.html").get(1).header("If-Modified-Since")).isNull();
    }

    @Test
    void aBrokenFeedIsARejectAndTheRunGoesOn() {
        List<FetchOutcome> out = run(DEFAULTS, feed("/broken.xml"), new Source("http://10.0.0.1/feed", Source.Kind.FEED),
                article("/c.html"));
        assertThat(out).extracting(FetchOutcome::status).containsExactly(Status.REJECTED, Status.REJECTED, Status.FETCHED);
        assertThat(out.get(0).reject().reason()).startsWith("bad_feed: ");
        assertThat(out.get(0).reject().source()).isEqualTo(server.url("/broken.xml"));
        assertThat(out.get(1).reject().reason()).startsWith("private_address: 10.0.0.1");
    }

    @Test
    void anUnchangedFeedStillLeadsToArticlesNotYetHeld() throws IOException {
        run(DEFAULTS, feed("/feed.xml"));
        FetchedPage b = history.find(server.url("/b.html")).orElseThrow();
        Files.delete(dir.resolve("raw").resolve(b.rawPath()));
        Map<String, FetchOutcome> o = byPath(run(DEFAULTS, feed("/feed.xml")));
        assertThat(o.get("/feed.xml").status()).isEqualTo(Status.UNCHANGED);
        assertThat(o.get("/b.html").status()).isEqualTo(Status.FETCHED);
    }

    @Test
    void readsAnAtomFeedReachedThroughARedirectResolvingLinksAgainstItsFinalUrl() {
        server.redirect("/atom", 301, "/feeds/atom.xml");
        server.page("/feeds/atom.xml", 200, "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Deals</title><id>urn:x</id><updated>2026-01-12T18:30:02Z</updated>
                  <entry><title>A</title><link href="../a.html"/><id>urn:a</id><published>2026-01-11T07:00:00+08:00</published></entry>
                  <entry><title>C</title><link rel="alternate" type="text/html" href="/c.html"/><id>urn:c</id></entry>
                </feed>
                """);
        List<FetchOutcome> out = run(DEFAULTS, feed("/atom"));
        assertThat(out).extracting(FetchOutcome::url, FetchOutcome::status).containsExactly(
                tuple(server.url("/atom"), Status.FETCHED),
                tuple(server.url("/a.html"), Status.FETCHED),
                tuple(server.url("/c.html"), Status.FETCHED));
        assertThat(out.get(0).page().finalUrl()).isEqualTo(server.url("/feeds/atom.xml"));
        assertThat(out.get(1).entry().published()).isEqualTo(OffsetDateTime.parse("2026-01-11T07:00:00+08:00"));
    }

    @Test
    void takesAtMostTheConfiguredNumberOfEntriesPerFeed() {
        List<FetchOutcome> out = run(new NewsFetcher.Options(2, Duration.ZERO, null, Duration.ofMinutes(20)), feed("/feed.xml"));
        assertThat(out).hasSize(3);
    }

    @Test
    void whenTheRunsBudgetIsSpentTheRestIsLeftForTheNextRun() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-08T06:00:00Z"));
        for (String p : List.of("/1.html", "/2.html", "/3.html", "/4.html", "/5.html")) {
            server.on(p, ex -> {
                clock.advance(Duration.ofMinutes(6)); // each page takes 6 minutes of the 20
                TestServer.send(ex, 200, "text/html", "<html><body><p>page " + p + "</p></body></html>");
            });
        }
        Source[] sources = List.of("/1.html", "/2.html", "/3.html", "/4.html", "/5.html").stream()
                .map(this::article).toArray(Source[]::new);
        NewsFetcher.Options budget = DEFAULTS.withRunBudget(Duration.ofMinutes(20));

        List<FetchOutcome> first = new NewsFetcher(new PoliteFetcher(PoliteFetcherTest.config(), clock), history,
                dir.resolve("raw"), budget, clock).fetchAll(List.of(sources));
        assertThat(first).extracting(FetchOutcome::status).containsExactly(Status.FETCHED, Status.FETCHED,
                Status.FETCHED, Status.FETCHED, Status.DEFERRED);
        assertThat(first.get(4).reject()).as("not a reject: nothing is wrong with the page").isNull();
        assertThat(server.requests("/5.html")).isEmpty();

        List<FetchOutcome> next = new NewsFetcher(new PoliteFetcher(PoliteFetcherTest.config(), clock), history,
                dir.resolve("raw"), budget, clock).fetchAll(List.of(sources));
        assertThat(next).extracting(FetchOutcome::status).containsExactly(Status.UNCHANGED, Status.UNCHANGED,
                Status.UNCHANGED, Status.UNCHANGED, Status.FETCHED);
    }
}
