package io.roundup.bench;

import io.roundup.domain.Parsed;
import io.roundup.domain.PriceBar;
import io.roundup.market.PriceCsvReader;
import io.roundup.ops.Cli;
import org.jsoup.Jsoup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark command ({@code mvn -q -B test-compile exec:exec@bench}, see docs/benchmarks.md): throughput and memory of the job against baselines measured in the same
 * run on the same generated data, ending with one {@code ratio NAME VALUE} line per benchmark.
 * <ul>
 *   <li>{@code prices_h2_vs_jdbc}: rows/s of loadPrices into H2 ÷ a plain JDBC batch insert of the
 *       same rows, already parsed, into an H2 file database;</li>
 *   <li>{@code prices_pg_vs_copy}: rows/s of loadPrices into PostgreSQL ÷ COPY of the same files;</li>
 *   <li>{@code news_vs_parse}: documents/s through readNews + extractEvents ÷ jsoup parsing alone;</li>
 *   <li>{@code heap_10m_vs_1m}: the largest live heap (used after a collection) of a job over the
 *       large price set ÷ over the small one, each in its own JVM with the same {@code -Xmx}.</li>
 *   <li>{@code prices_2workers_vs_1worker}: rows/s of loadPrices partitioned remotely over RabbitMQ
 *       ({@link RemoteBench}) to two worker processes ÷ to one.</li>
 * </ul>
 * Each throughput figure is the best of {@code --repeat=N} runs (5) on each side after
 * {@code --warmup=N} runs that do not count (3), so that the JIT's warm-up or a build running
 * alongside does not decide the ratio: the job's first price load in a fresh JVM is less than half
 * as fast as its sixth, and a baseline measured second starts warm. The news runs are short, so
 * without {@code --warmup} they warm up for at least {@value #NEWS_WARMUP_PAGES} pages (at most
 * {@value #NEWS_WARMUP_RUNS} runs), all runs of the job one {@code backfill} in one JVM and one Spring context.
 * Options: {@code --rows=N} (default 1,000,000), {@code --heap-small=N} (1,000,000),
 * {@code --heap-large=N} (10,000,000), {@code --xmx=256m}, {@code --pages=N} copies of each sample page
 * (40), {@code --page-kb=N} size of a generated news page (170), {@code --repeat=N} (5), {@code --warmup=N} (3), {@code --pg-url=…} ({@code jdbc:postgresql://127.0.0.1:5432/test}), {@code --pg-user=postgres},
 * {@code --only=name,…}, {@code --work=DIR} (a temporary folder).
 */
public final class Bench {

    private final Map<String, String> options;
    private final Map<String, Double> ratios = new LinkedHashMap<>();
    private final Path work;

    private Bench(Map<String, String> options) throws IOException {
        this.options = options;
        this.work = options.containsKey("work") ? Path.of(options.get("work")) : Files.createTempDirectory("roundup-bench");
    }

    /** The command line's entry: the exit code reaches the shell (2 on bad options). */
    public static void main(String[] args) throws Exception {
        System.exit(run(List.of(args)));
    }

    public static int run(List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                System.err.println("usage: Bench [--rows=N] [--heap-small=N] [--heap-large=N] [--xmx=256m] "
                        + "[--pages=N] [--page-kb=N] [--repeat=N] [--warmup=N] [--pg-url=URL] [--pg-user=USER] [--rabbit=HOST:PORT] [--only=a,b] [--work=DIR]");
                return 2;
            }
            options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        return new Bench(options).all();
    }

    private boolean wanted(String name) {
        String only = options.get("only");
        return only == null || List.of(only.split(",")).contains(name);
    }

    long number(String name, long dflt) {
        return options.containsKey(name) ? Long.parseLong(options.get(name).replace("_", "")) : dflt;
    }

    private int all() throws Exception {
        System.out.println("bench work folder: " + work);
        if (wanted("prices_h2_vs_jdbc")) pricesH2();
        if (wanted("prices_pg_vs_copy")) pricesPostgres();
        if (wanted("news_vs_parse")) news();
        if (wanted("heap_10m_vs_1m")) heap();
        if (wanted("prices_2workers_vs_1worker")) {
            Double scaling = new RemoteBench(this, options, work).twoWorkersVsOne();
            if (scaling != null) ratios.put("prices_2workers_vs_1worker", scaling);
        }
        for (Map.Entry<String, Double> r : ratios.entrySet()) {
            System.out.printf("ratio %s %.3f%n", r.getKey(), r.getValue());
        }
        return 0;
    }

    // ---------------------------------------------------------------- prices

    Path priceInput(long rows) throws IOException {
        Path input = work.resolve("prices-" + rows);
        if (!Files.isDirectory(input.resolve("prices"))) {
            long t0 = System.nanoTime();
            BenchData.prices(input.resolve("prices"), rows);
            System.out.printf("generated %,d price rows in %.1f s%n", rows, seconds(t0));
        }
        return input;
    }

    int repeats() {
        return (int) Math.max(1, number("repeat", 5));
    }

    /** Runs before the counted ones: the JIT needs several whole loads before the job runs at its steady speed. */
    int warmups() {
        return (int) Math.max(0, number("warmup", 3));
    }

    /** The better of {@code best} and {@code f} once run {@code r} counts, after the warm-up runs. */
    StepFigures counted(int r, StepFigures best, StepFigures f) {
        return counted(warmups(), r, best, f);
    }

    private static StepFigures counted(int warmups, int r, StepFigures best, StepFigures f) {
        return r < warmups ? best : best(best, f);
    }

    String label(int r) {
        return label(warmups(), r);
    }

    private static String label(int warmups, int r) {
        return r < warmups ? " (warm-up)" : "";
    }

    /**
     * Pages through the job before its news runs count. On two cores the JIT's C2 compiler worked
     * through its queue for about 50 s of news runs (2,800 methods of Spring Batch, H2, jsoup and
     * the extractor, 20 ms each on average), and the extractor's hot methods got their C2 code only
     * near the end of it: with 3,000 pages of warm-up the counted runs ran beside a compiler using
     * 0.7 of a core. 20,000 pages (72 runs of the default 280) is past that here.
     */
    static final int NEWS_WARMUP_PAGES = 20_000;

    /** Most warm-up runs of the news job, whatever the page count. */
    static final int NEWS_WARMUP_RUNS = 100;

    /**
     * The job's runs and the baseline's alternate, so that a slower spell of the machine (here they
     * came and went over seconds, taking a third off either side) falls on both.
     */
    private void pricesH2() throws Exception {
        long rows = number("rows", 1_000_000);
        Path input = priceInput(rows);
        Path out = work.resolve("h2-job");
        StepFigures job = null;
        StepFigures plain = null;
        for (int r = 0; r < warmups() + repeats(); r++) {
            JitClock jit = JitClock.start();
            try {
                job(input, out);
            } finally {
                jit.stop();
            }
            Execution e = lastExecution(jobDatabase(out), "sa", "", "loadPrices");
            StepFigures f = e.figures;
            System.out.printf("prices into H2 through the job: %,d rows in %.2f s = %,.0f rows/s, JIT compile time (all compiler threads) in the run %.2f s, in loadPrices %.2f s%s%n",
                    f.rows, f.seconds, f.rate(), jit.seconds(), jit.secondsBetween(e.start, e.end), label(r));
            job = counted(r, job, f);

            // parsed anew for each run, so the job's runs do not carry a million parsed rows in their heap
            StepFigures p = plainJdbc(parseAll(input.resolve("prices")), work.resolve("h2-jdbc"));
            System.out.printf("prices into H2 by plain JDBC batches of 1000 (rows parsed beforehand): %,d rows in %.2f s = %,.0f rows/s%s%n",
                    p.rows, p.seconds, p.rate(), label(r));
            plain = counted(r, plain, p);
        }
        System.out.printf("best of %d after warm-up: job %,.0f rows/s, plain JDBC %,.0f rows/s%n", repeats(), job.rate(), plain.rate());
        ratios.put("prices_h2_vs_jdbc", job.rate() / plain.rate());
    }

    private static StepFigures plainJdbc(List<PriceBar> bars, Path db) throws SQLException, IOException {
        deleteTree(db);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath() + "/plain", "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE prices (ticker VARCHAR(40), trade_date DATE, open_price DECIMAL(24,8), "
                        + "high_price DECIMAL(24,8), low_price DECIMAL(24,8), close_price DECIMAL(24,8), adj_close DECIMAL(24,8), "
                        + "volume DECIMAL(24,6), source VARCHAR(500), PRIMARY KEY (ticker, trade_date))");
            }
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO prices VALUES (?,?,?,?,?,?,?,?,?)")) {
                int n = 0;
                for (PriceBar b : bars) {
                    p.setString(1, b.ticker());
                    p.setDate(2, Date.valueOf(b.date()));
                    p.setBigDecimal(3, b.open());
                    p.setBigDecimal(4, b.high());
                    p.setBigDecimal(5, b.low());
                    p.setBigDecimal(6, b.close());
                    p.setBigDecimal(7, b.adjClose());
                    p.setBigDecimal(8, b.volume());
                    p.setString(9, "prices");
                    p.addBatch();
                    if (++n % 1000 == 0) {
                        p.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                c.commit();
            }
            return new StepFigures(bars.size(), seconds(t0));
        }
    }

    /** The faster of two measurements: the machine's other work only ever slows a run down. */
    private static StepFigures best(StepFigures a, StepFigures b) {
        return a == null || b.rate() > a.rate() ? b : a;
    }

    private static List<PriceBar> parseAll(Path dir) throws IOException {
        List<PriceBar> bars = new ArrayList<>();
        for (Path f : files(dir, ".csv")) {
            try (PriceCsvReader r = PriceCsvReader.open(f, LocalDate.now())) {
                for (Parsed<PriceBar> p; (p = r.next()) != null; ) if (p.isOk()) bars.add(p.value());
            }
        }
        return bars;
    }

    private void pricesPostgres() throws Exception {
        String url = options.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = options.getOrDefault("pg-user", "postgres");
        String database = "roundup_bench";
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        String dbUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
        long rows = number("rows", 1_000_000);
        Path input = priceInput(rows);
        StepFigures job = null;
        StepFigures copy = null;
        for (int r = 0; r < warmups() + repeats(); r++) { // alternating, as in pricesH2
            try (Connection c = DriverManager.getConnection(admin, user, ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                System.out.println("prices_pg_vs_copy skipped: no PostgreSQL at " + url + " (" + e.getMessage() + ")");
                return;
            }
            job(input, work.resolve("pg-job"), "--spring.datasource.url=" + dbUrl, "--spring.datasource.username=" + user);
            StepFigures f = lastExecution(dbUrl, user, "", "loadPrices").figures;
            System.out.printf("prices into PostgreSQL through the job: %,d rows in %.2f s = %,.0f rows/s%s%n", f.rows, f.seconds, f.rate(), label(r));
            job = counted(r, job, f);

            StepFigures c = copyAll(dbUrl, user, input.resolve("prices"));
            System.out.printf("prices into PostgreSQL by COPY of the same files: %,d rows in %.2f s = %,.0f rows/s%s%n",
                    c.rows, c.seconds, c.rate(), label(r));
            copy = counted(r, copy, c);
        }
        System.out.printf("best of %d after warm-up: job %,.0f rows/s, COPY %,.0f rows/s%n", repeats(), job.rate(), copy.rate());
        ratios.put("prices_pg_vs_copy", job.rate() / copy.rate());
    }

    /** COPY of every price file into an unlogged table without keys, made anew. */
    private static StepFigures copyAll(String dbUrl, String user, Path prices) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(dbUrl, user, "")) {
            CopyManager copier = c.unwrap(PGConnection.class).getCopyAPI();
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS copy_prices");
                s.execute("CREATE UNLOGGED TABLE copy_prices (trade_date DATE, open_price NUMERIC, high_price NUMERIC, "
                        + "low_price NUMERIC, close_price NUMERIC, adj_close NUMERIC, volume NUMERIC)");
            }
            long t0 = System.nanoTime();
            long copied = 0;
            for (Path f : files(prices, ".csv")) {
                try (InputStream in = Files.newInputStream(f)) {
                    copied += copier.copyIn("COPY copy_prices FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                }
            }
            return new StepFigures(copied, seconds(t0));
        }
    }

    // ---------------------------------------------------------------- news

    private void news() throws Exception {
        Path sample = Path.of("input", "news");
        if (!Files.isDirectory(sample)) {
            System.out.println("news_vs_parse skipped: run from the project folder (needs input/news)");
            return;
        }
        Path input = work.resolve("news");
        deleteTree(input);
        int pages = BenchData.news(sample, input.resolve("news"), (int) number("pages", 40), (int) number("page-kb", 170));
        Path out = work.resolve("news-job");
        StepFigures job = null;
        // --warmup given: as given; else enough runs for NEWS_WARMUP_PAGES
        int warmups = options.containsKey("warmup") ? warmups()
                : Math.min(NEWS_WARMUP_RUNS, Math.max(warmups(), (NEWS_WARMUP_PAGES + pages - 1) / Math.max(1, pages)));
        // every run one date of one backfill, the operator's command for many runs: one Spring
        // context, so the runs after the first do not start Spring (and warm its code) again
        JitClock jit = JitClock.start();
        List<Run> runs;
        try {
            runs = backfill(input, out, warmups + repeats());
        } finally {
            jit.stop();
        }
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            if (run.read.rows != pages || run.extract.rows == 0) {
                // every date of the backfill must do the whole work again, or its rate means nothing
                throw new IllegalStateException("run " + (r + 1) + " of the news backfill read " + run.read.rows + " of " + pages
                        + " pages and extracted from " + run.extract.rows + " documents");
            }
            StepFigures f = new StepFigures(pages, run.read.seconds + run.extract.seconds);
            System.out.printf("news through readNews + extractEvents: %d pages in %.2f s (read %.2f s, extract %.2f s) = %,.1f pages/s, "
                            + "JIT compile time %.2f s (all compiler threads)%s%n", pages, f.seconds, run.read.seconds, run.extract.seconds, f.rate(),
                    jit.secondsBetween(run.start, run.end), label(warmups, r));
            job = counted(warmups, r, job, f);
        }

        List<Path> files = files(input.resolve("news"), ".html");
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        StepFigures parse = null;
        for (int r = 0; r < warmups + repeats(); r++) {
            long t0 = System.nanoTime();
            long nodes = 0;
            for (Path f : files) nodes += Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8)).getAllElements().size();
            StepFigures f = new StepFigures(files.size(), seconds(t0));
            System.out.printf("jsoup parse only: %d pages (%,d KB, %,d elements) in %.2f s = %,.1f pages/s%s%n", files.size(),
                    bytes >> 10, nodes, f.seconds, f.rate(), label(warmups, r));
            parse = counted(warmups, r, parse, f);
        }
        System.out.printf("best of %d after warm-up: job %,.1f pages/s, jsoup parse %,.1f pages/s%n", repeats(), job.rate(), parse.rate());
        ratios.put("news_vs_parse", job.rate() / parse.rate());
    }

    // ---------------------------------------------------------------- heap

    private void heap() throws Exception {
        String xmx = options.getOrDefault("xmx", "256m");
        long small = number("heap-small", 1_000_000);
        long large = number("heap-large", 10_000_000);
        List<Long> smallSamples = probe(priceInput(small), work.resolve("heap-small"), xmx);
        List<Long> largeSamples = probe(priceInput(large), work.resolve("heap-large"), xmx);
        if (smallSamples.isEmpty() || largeSamples.isEmpty()) return;
        int n = smallSamples.size();
        long peakSmall = max(smallSamples);
        long peakLarge = max(largeSamples);
        long peakLargeLikeSmall = meanMaxOfWindows(largeSamples, n);
        System.out.printf("largest live heap (after a full GC every %d ms), with -Xmx%s: %,d rows %,d MB (%d samples); "
                        + "%,d rows %,d MB (%d samples), %,d MB on average over windows of %d samples%n", HeapProbe.SAMPLE_MILLIS, xmx,
                small, peakSmall >> 20, n, large, peakLarge >> 20, largeSamples.size(), peakLargeLikeSmall >> 20, n);
        ratios.put("heap_10m_vs_1m", (double) peakLargeLikeSmall / peakSmall);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /**
     * The largest of {@code n} samples, averaged over the runs of {@code n} consecutive samples: a
     * maximum grows with the number of samples it is taken over, and the long run has ten times as
     * many, so its plain maximum would be compared with a short run's maximum of fewer draws.
     */
    static long meanMaxOfWindows(List<Long> samples, int n) {
        if (samples.size() <= n) return max(samples);
        long sum = 0;
        int windows = samples.size() / n;
        for (int w = 0; w < windows; w++) sum += max(samples.subList(w * n, (w + 1) * n));
        return sum / windows;
    }

    /** Runs the job in a JVM of its own and returns the live heap it sampled, in order. */
    private List<Long> probe(Path input, Path out, String xmx) throws Exception {
        deleteTree(out); // else a reused --work folder holds a completed run, and the probe measures a no-op
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                HeapProbe.class.getName(), "--roundup.input=" + input, "--roundup.output=" + out, "run", "--run-date=" + LocalDate.now()));
        Path log = work.resolve(out.getFileName() + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(2, TimeUnit.HOURS)) {
            p.destroyForcibly();
            throw new IllegalStateException("heap probe did not finish: " + log);
        }
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("live_heap_bytes ") && line.length() > "live_heap_bytes ".length()) {
                return Stream.of(line.substring("live_heap_bytes ".length()).split(",")).map(Long::valueOf).toList();
            }
        }
        System.out.println("heap probe printed no samples (exit " + p.exitValue() + "), see " + log);
        return List.of();
    }

    // ---------------------------------------------------------------- helpers

    static void job(Path input, Path out, String... extra) throws IOException {
        deleteTree(out); // a completed run in a reused --work folder would make this one a no-op
        // one line per run: Spring's start-up lines and the warnings about the absent news, FX and company files add nothing
        List<String> args = new ArrayList<>(List.of("--roundup.input=" + input, "--roundup.output=" + out,
                "--logging.level.root=warn", "--logging.level.roundup=error"));
        args.addAll(List.of(extra));
        args.addAll(List.of("run", "--run-date=" + LocalDate.now()));
        int code = Cli.run(args.toArray(String[]::new));
        if (code != 0 && code != 3) throw new IllegalStateException("the job ended with exit code " + code + " on " + input);
    }

    /** The job's H2 database in an output folder, as application.properties names it. */
    private static String jobDatabase(Path out) {
        return "jdbc:h2:file:" + out.toAbsolutePath() + "/roundup";
    }

    /** The news steps of one run: readNews, extractEvents, and when the first began and the second ended. */
    private record Run(StepFigures read, StepFigures extract, Instant start, Instant end) {
    }

    /** Runs {@code backfill} over {@code runs} dates ending today; per run, the figures of readNews and extractEvents. */
    private static List<Run> backfill(Path input, Path out, int runs) throws IOException, SQLException {
        deleteTree(out);
        LocalDate to = LocalDate.now();
        int code = Cli.run("backfill", "--from=" + to.minusDays(runs - 1), "--to=" + to, "--roundup.input=" + input,
                "--roundup.output=" + out, "--logging.level.root=warn", "--logging.level.roundup=warn");
        if (code != 0 && code != 3) throw new IllegalStateException("the backfill ended with exit code " + code + " on " + input);
        String url = jobDatabase(out);
        List<Execution> read = executions(url, "sa", "", "readNews");
        List<Execution> extract = executions(url, "sa", "", "extractEvents");
        List<Run> figures = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            figures.add(new Run(read.get(r).figures, extract.get(r).figures, read.get(r).start, extract.get(r).end));
        }
        return figures;
    }

    record StepFigures(long rows, double seconds) {
        double rate() {
            return rows / seconds;
        }
    }

    /** The last execution of {@code step}. */
    static Execution lastExecution(String url, String user, String password, String step) throws SQLException {
        List<Execution> all = executions(url, user, password, step);
        return all.get(all.size() - 1);
    }

    record Execution(StepFigures figures, Instant start, Instant end) {
    }

    /** Rows (written and filtered), duration and times of every execution of {@code step}, in execution order. */
    private static List<Execution> executions(String url, String user, String password, String step) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement p = c.prepareStatement("SELECT WRITE_COUNT, FILTER_COUNT, START_TIME, END_TIME "
                     + "FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ? ORDER BY STEP_EXECUTION_ID")) {
            p.setString(1, step);
            List<Execution> all = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    // Batch stores local date-times of this JVM's zone
                    Instant start = rs.getTimestamp(3).toInstant();
                    Instant end = rs.getTimestamp(4).toInstant();
                    all.add(new Execution(new StepFigures(rs.getLong(1) + rs.getLong(2), Duration.between(start, end).toNanos() / 1e9),
                            start, end));
                }
            }
            if (all.isEmpty()) throw new IllegalStateException("no execution of step " + step + " in " + url);
            return all;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
