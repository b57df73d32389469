package io.roundup.job;

import io.roundup.RoundupApplication;
import io.roundup.bench.BenchData;
import io.roundup.ops.Cli;
import io.roundup.testing.Brokers;
import io.roundup.testing.PostgresDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote partitioning end to end, as an operator runs it: worker processes ({@code worker}) and a
 * run ({@code run --roundup.workers=remote}) sharing a PostgreSQL database and a RabbitMQ queue,
 * on the sample input plus a generated price load ({@code -Droundup.e2e.rows=N}, default
 * {@value #DEFAULT_ROWS} rows, the acceptance size: 3 to 5 minutes for the class on 2 cores, most of
 * it JVMs starting side by side; 300,000 rows took as long). The
 * outputs must be byte for byte those of one process on H2, and the tables hold as many rows,
 * also after a worker and the run itself are killed mid-partition and the run is started again.
 * Needs the broker and the database (skipped without them, a failure under {@code CI=true}).
 */
class RemotePartitioningTest {

    static final long DEFAULT_ROWS = 1_000_000;
    static final long ROWS = Long.getLong("roundup.e2e.rows", DEFAULT_ROWS);
    static final String RUN_DATE = "2026-04-30";
    static final String QUEUE = "roundup.test." + ProcessHandle.current().pid();

    @TempDir
    static Path work;
    static Path input;
    static Path onH2;
    static final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void inputAndSingleProcessRun() throws Exception {
        Brokers.requireRabbit();
        input = work.resolve("input");
        ProcessRunTest.copyTree(Path.of("input"), input);
        BenchData.prices(input.resolve("prices"), ROWS);
        onH2 = work.resolve("h2");
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + onH2, "runDate=" + RUN_DATE))
                .isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
    }

    @AfterEach
    void stopProcesses() throws InterruptedException {
        for (Process p : started) ProcessRunTest.kill(p);
        started.clear();
    }

    @AfterAll
    static void deleteQueue() {
        CachingConnectionFactory connections = new CachingConnectionFactory(Brokers.HOST, Brokers.PORT);
        try {
            new RabbitAdmin(connections).deleteQueue(QUEUE);
        } finally {
            connections.destroy();
        }
    }

    @Test
    void twoWorkersGiveTheFilesAndTablesOfOneProcessAndAWorkerOfOtherCodeRefuses() throws Exception {
        PostgresDatabases.withDatabase("roundup_remote", url -> {
            Path logs = work.resolve("two");
            Files.createDirectories(logs);
            // started first, it takes requests before the others are up: it must refuse them, not run them
            Process stranger = worker(logs.resolve("stranger.log"), url, "--roundup.remote.version=code 000000000000",
                    "--roundup.remote.consumers=1");
            Process a = worker(logs.resolve("a.log"), url);
            Process b = worker(logs.resolve("b.log"), url);
            Path output = work.resolve("remote");
            Process run = run(logs.resolve("run.log"), url, output);

            assertThat(ProcessRunTest.finish(run)).as("run exit, log %s", logs.resolve("run.log"))
                    .isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
            assertSameAsOnH2(output, url);

            String a1 = Files.readString(logs.resolve("a.log"));
            String b1 = Files.readString(logs.resolve("b.log"));
            assertThat(a1).contains("partition loadPrices:files");
            assertThat(b1).contains("partition loadPrices:files");
            assertThat(ProcessRunTest.finish(stranger)).as("the stranger stops").isEqualTo(ExitCodes.CANNOT_START);
            assertThat(Files.readString(logs.resolve("stranger.log")))
                    .contains("refusing partition request").doesNotContain(" started on ");

            String runs = runs(url);
            assertThat(runs).contains("loadPrices:files000").contains("readNews:files000")
                    .contains(" pid " + a.pid()).contains(" pid " + b.pid()).doesNotContain(" pid " + run.pid());
        });
    }

    @Test
    void theWorkersAndTheRunKilledMidPartitionThenTheSameCommandEndsLikeAnUninterruptedRun() throws Exception {
        PostgresDatabases.withDatabase("roundup_remote_kill", url -> {
            Path logs = work.resolve("kill");
            Files.createDirectories(logs);
            Process a = worker(logs.resolve("a.log"), url);
            Process b = worker(logs.resolve("b.log"), url);
            Path output = work.resolve("killed");
            Process first = run(logs.resolve("run-1.log"), url, output);

            // every process dies in the middle of loadPrices: partitions stay STARTED, requests unacknowledged,
            // the run's execution STARTED
            ProcessRunTest.waitFor(a, logs.resolve("a.log"), "partition loadPrices:files", 300);
            ProcessRunTest.kill(a);
            ProcessRunTest.kill(b);
            ProcessRunTest.kill(first);
            assertThat(Files.readString(logs.resolve("run-1.log"))).doesNotContain("run " + RUN_DATE + " completed");

            // a new worker gets the requests the broker kept; whether it resumes them before the new run has
            // recovered the execution, or drops them after and runs the ones the restart sends, ends the same
            Process c = worker(logs.resolve("c.log"), url);
            Process again = run(logs.resolve("run-2.log"), url, output);
            assertThat(ProcessRunTest.finish(again)).as("restart exit, log %s", logs.resolve("run-2.log"))
                    .isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
            assertThat(Files.readString(logs.resolve("run-2.log"))).contains("recovered execution");
            assertSameAsOnH2(output, url);
            assertThat(c.isAlive()).as("the worker goes on").isTrue();
            assertThat(Files.readString(logs.resolve("c.log"))).contains("partition loadPrices:files");
        });
    }

    private static void assertSameAsOnH2(Path output, String url) throws SQLException {
        for (String csv : RoundupJobTest.CSVS) {
            assertThat(output.resolve(csv)).as(csv).hasSameBinaryContentAs(onH2.resolve(csv));
        }
        Map<String, Long> expected = RoundupJobTest.tableCounts(onH2);
        assertThat(counts(url)).isEqualTo(expected);
        assertThat(expected.get("prices")).isGreaterThan(ROWS);
    }

    private static Map<String, Long> counts(String url) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, PostgresDatabases.USER, "")) {
            for (String t : RoundupJobTest.TABLES) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String runs(String url) {
        StringWriter out = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "runs", "--limit=1",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresDatabases.USER);
        assertThat(code).isEqualTo(ExitCodes.COMPLETED);
        return out.toString();
    }

    private static Process worker(Path log, String url, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("worker"));
        args.addAll(List.of(more));
        if (args.stream().noneMatch(a -> a.startsWith("--roundup.remote.consumers="))) args.add("--roundup.remote.consumers=2");
        return java(log, url, args);
    }

    private static Process run(Path log, String url, Path output) throws Exception {
        return java(log, url, List.of("run", "--run-date=" + RUN_DATE, "--roundup.workers=remote",
                "--roundup.remote.poll-interval=200ms", "--roundup.output=" + output));
    }

    /** A JVM of the test's class path, as ProcessRunTest starts them, on this database and queue. */
    private static Process java(Path log, String url, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), RoundupApplication.class.getName()));
        cmd.addAll(args);
        cmd.addAll(List.of("--roundup.input=" + input, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresDatabases.USER, "--roundup.remote.queue=" + QUEUE));
        cmd.addAll(List.of(Brokers.properties()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(p);
        return p;
    }

    static {
        // the processes must not outlive a test JVM that is stopped
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(started).forEach(p -> {
            p.destroyForcibly();
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })));
    }
}
