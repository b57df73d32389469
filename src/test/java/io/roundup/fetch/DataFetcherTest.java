package io.roundup.fetch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 15, unit = TimeUnit.SECONDS)
class DataFetcherTest {

    static final String CSV = "Date,USD,JPY,\n2026-04-13,1.1675,186.12,\n";

    @TempDir
    Path dir;
    TestServer server;
    InMemoryFetchHistory history = new InMemoryFetchHistory();
    /** What the server answers for /rates.csv: a status and a body. */
    final AtomicReference<Integer> status = new AtomicReference<>(200);
    final AtomicReference<String> body = new AtomicReference<>(CSV);

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        server.on("/rates.csv", ex -> {
            String etag = "\"" + Integer.toHexString(body.get().hashCode()) + "\"";
            if (status.get() == 200 && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                TestServer.send(ex, 304, null, (byte[]) null);
                return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            TestServer.send(ex, status.get(), "text/csv", body.get());
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Usable when it holds a rate line: the readers' verdict, reduced to what these tests need. */
    static final DataFetcher.Check HAS_RATES = (t, file) -> {
        try {
            return Files.readString(file).contains("2026-") ? null : "no readable row";
        } catch (IOException e) {
            return e.toString();
        }
    };

    List<DataOutcome> run(Clock clock, FetchConfig config, Source... sources) {
        return new DataFetcher(new PoliteFetcher(config, clock), history, dir.resolve("raw"), HAS_RATES,
                Duration.ofMinutes(20), clock).fetchAll(List.of(sources), () -> List.of("NVDA", "0700.HK"));
    }

    List<DataOutcome> run(Source... sources) {
        return run(Clock.systemUTC(), PoliteFetcherTest.config(), sources);
    }

    Source fx() {
        return new Source(server.url("/rates.csv"), Source.Kind.FX);
    }

    @Test
    void aFileIsArchivedByItsContentThenReaskedWithItsEtag() throws IOException {
        DataOutcome first = run(fx()).get(0);
        assertThat(first.status()).isEqualTo(DataOutcome.Status.FETCHED);
        assertThat(first.page().rawPath()).isEqualTo(NewsFetcher.sha256(CSV.getBytes()) + ".csv");
        assertThat(Files.readString(dir.resolve("raw").resolve(first.page().rawPath()))).isEqualTo(CSV);
        assertThat(first.target().name()).isEqualTo("rates.csv");

        DataOutcome second = run(fx()).get(0);
        assertThat(second.status()).isEqualTo(DataOutcome.Status.UNCHANGED);
        assertThat(second.page().rawPath()).isEqualTo(first.page().rawPath());
        assertThat(server.requests("/rates.csv").get(1).header("If-None-Match")).isNotNull();
        assertThat(second.page().fetchedAt()).isAfterOrEqualTo(first.page().fetchedAt());
    }

    @Test
    void aServerErrorLeavesTheCopyHeldAsAStaleSource() {
        DataOutcome first = run(fx()).get(0);
        status.set(500);
        DataOutcome stale = run(fx()).get(0);
        assertThat(stale.status()).isEqualTo(DataOutcome.Status.STALE);
        assertThat(stale.reason()).startsWith("http_500");
        assertThat(stale.page()).isEqualTo(first.page());
        assertThat(stale.staleSince()).isEqualTo(first.page().fetchedAt());
        assertThat(stale.describe()).contains("stale since " + first.page().fetchedAt()).contains("http_500");
        assertThat(history.find(server.url("/rates.csv"))).contains(first.page());
    }

    @Test
    void anUnusableFileIsArchivedButNeverReplacesTheCopyHeld() throws IOException {
        DataOutcome first = run(fx()).get(0);
        body.set("<html><body>Our service is down for maintenance</body></html>");
        DataOutcome stale = run(fx()).get(0);
        assertThat(stale.status()).isEqualTo(DataOutcome.Status.STALE);
        assertThat(stale.reason()).startsWith("unusable: no readable row (kept as raw/").endsWith(".xml)");
        assertThat(stale.page()).isEqualTo(first.page());
        try (var raw = Files.list(dir.resolve("raw"))) {
            assertThat(raw.map(p -> p.getFileName().toString()).sorted()).hasSize(2);
        }
        DataOutcome never = run(new Source(server.url("/missing.csv"), Source.Kind.PRICES)).get(0);
        assertThat(never.status()).isEqualTo(DataOutcome.Status.STALE);
        assertThat(never.page()).isNull();
        assertThat(never.describe()).contains("stale since never fetched").contains("http_404");
    }

    @Test
    void aSlowServerEndsAtTheDeadlineAsAStaleSourceWithoutWaitingForIt() {
        run(fx());
        MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(1)));
        server.on("/rates.csv", ex -> {
            clock.advance(Duration.ofSeconds(50)); // each answer takes 50 s of the fetcher's time
            TestServer.send(ex, 503, "text/plain", "busy");
        });
        FetchConfig c = PoliteFetcherTest.config().withRetries(10, Duration.ofMillis(1), Duration.ofSeconds(3))
                .withUrlDeadline(Duration.ofMinutes(2));
        long start = System.nanoTime();
        DataOutcome slow = run(clock, c, fx()).get(0);
        assertThat(slow.status()).isEqualTo(DataOutcome.Status.STALE);
        assertThat(slow.reason()).startsWith("deadline");
        assertThat(slow.page()).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void templatesAreFilledWithEverySymbolAfterThePlainSources() {
        server.page("/q/NVDA.csv", 200, "text/csv", "Date,Open,High,Low,Close,Volume\n2026-01-08,1,2,1,2,10\n");
        List<DataOutcome> out = run(new Source(server.url("/q/{symbol}.csv"), Source.Kind.PRICES), fx());
        assertThat(out).extracting(o -> o.target().url()).containsExactly(server.url("/rates.csv"),
                server.url("/q/0700.HK.csv"), server.url("/q/NVDA.csv"));
        assertThat(out).extracting(o -> o.target().name()).containsExactly("rates.csv", "0700.HK.csv", "NVDA.csv");
        assertThat(out).extracting(DataOutcome::status).containsExactly(DataOutcome.Status.FETCHED,
                DataOutcome.Status.STALE, DataOutcome.Status.FETCHED);
    }

    @Test
    void offlineNothingIsAskedAndTheCopiesHeldAreNamed() {
        DataOutcome first = run(fx()).get(0);
        int asked = server.requests.size();
        List<DataOutcome> held = new DataFetcher(new PoliteFetcher(PoliteFetcherTest.config()), history, dir.resolve("raw"),
                HAS_RATES, Duration.ofMinutes(20), Clock.systemUTC())
                .held(DataTarget.expand(List.of(fx(), new Source(server.url("/other.csv"), Source.Kind.LISTINGS)), List.of()));
        assertThat(server.requests).hasSize(asked);
        assertThat(held).extracting(DataOutcome::status).containsOnly(DataOutcome.Status.OFFLINE);
        assertThat(held.get(0).page()).isEqualTo(first.page());
        assertThat(held.get(1).describe()).endsWith("offline, no stored copy");
    }
}
