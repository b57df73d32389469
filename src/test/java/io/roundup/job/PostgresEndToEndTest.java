package io.roundup.job;

import io.roundup.RoundupApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same job on PostgreSQL gives the same CSV files as on H2. The server is the one these
 * machines run on 127.0.0.1:5432 (trust auth); {@code ROUNDUP_PG_HOST} names another. Without a
 * reachable server the test skips with one line saying why, except in CI ({@code CI=true}), where
 * a missing server is a failure, not a silent skip.
 */
class PostgresEndToEndTest {

    private static final String HOST = System.getenv().getOrDefault("ROUNDUP_PG_HOST", "127.0.0.1:5432");
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + "/postgres";
    private static final String USER = System.getenv().getOrDefault("ROUNDUP_PG_USER", "postgres");
    private static final String DATABASE = "roundup_e2e_" + ProcessHandle.current().pid();

    private static boolean created;

    @BeforeAll
    static void createDatabase() {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
            created = true;
        } catch (SQLException e) {
            String why = "PostgreSQL tests skipped: no server at " + HOST + " (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) throw new IllegalStateException(why.replace("skipped", "cannot run in CI"), e);
            System.out.println(why);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (!created) return;
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    /**
     * Two hosts sharing one database do not share an output folder, so the folder lock cannot see
     * each other: the database's advisory lock must. Here the test's own session holds it, as a
     * run on another host would.
     */
    @Test
    void aRunOnAnotherHostHoldingTheDatabaseLockStopsThisOne(@TempDir Path dir) throws SQLException {
        assumeTrue(created, "no PostgreSQL server at " + HOST);
        String url = "jdbc:postgresql://" + HOST + "/" + DATABASE;
        try (Connection otherHost = DriverManager.getConnection(url, USER, "");
             Statement s = otherHost.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + 0x726f756e647570L + ")");
            assertThat(RoundupApplication.run("--roundup.output=" + dir.resolve("here"), "runDate=2026-04-29",
                    "--spring.datasource.url=" + url, "--spring.datasource.username=" + USER))
                    .isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(dir.resolve("here").resolve("mentions.csv")).doesNotExist();
        }
    }

    @Test
    void sampleInputGivesTheSameCsvFilesAsOnH2(@TempDir Path dir) {
        assumeTrue(created, "no PostgreSQL server at " + HOST);
        Path onH2 = dir.resolve("h2");
        Path onPostgres = dir.resolve("pg");
        assertThat(RoundupApplication.run("--roundup.output=" + onH2, "runDate=2026-04-30")).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        String[] pg = {"--roundup.output=" + onPostgres, "runDate=2026-04-30",
                "--spring.datasource.url=jdbc:postgresql://" + HOST + "/" + DATABASE, "--spring.datasource.username=" + USER};
        assertThat(RoundupApplication.run(pg)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        for (String csv : RoundupJobTest.CSVS) {
            assertThat(onPostgres.resolve(csv)).as(csv).hasSameBinaryContentAs(onH2.resolve(csv));
        }
        // a second run date on the same database upserts: the files stay the same
        pg[1] = "runDate=2026-05-01";
        assertThat(RoundupApplication.run(pg)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        for (String csv : RoundupJobTest.CSVS) {
            assertThat(onPostgres.resolve(csv)).as(csv).hasSameBinaryContentAs(onH2.resolve(csv));
        }
    }

    /**
     * The advisory lock lives on a connection of its own, checked during the run: when the server
     * ends that session (here pg_terminate_backend, as a restart or an idle-session killer would), the
     * run stops at its next commit and exits 5 instead of going on unlocked; the same command restarts it.
     */
    @Test
    void losingTheDatabaseLockStopsTheRunCleanly(@TempDir Path dir) throws Exception {
        assumeTrue(created, "no PostgreSQL server at " + HOST);
        String database = DATABASE + "_lock";
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, ""); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            if (ex.getRequestURI().getPath().equals("/slow.html")) {
                asked.countDown();
                try {
                    answer.await(20, TimeUnit.SECONDS); // fetchNews stays busy while the lock goes
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = "<html><body><p>nothing to see</p></body></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        ExecutorService launcher = Executors.newSingleThreadExecutor();
        try {
            Path input = ExitCodeTest.smallInput(dir);
            Files.writeString(input.resolve("sources.csv"), "url,kind\nhttp://127.0.0.1:" + server.getAddress().getPort()
                    + "/slow.html,article\n");
            String url = "jdbc:postgresql://" + HOST + "/" + database;
            String[] args = {"--roundup.input=" + input, "--roundup.output=" + dir.resolve("out"), "runDate=2026-06-01",
                    "--spring.datasource.url=" + url, "--spring.datasource.username=" + USER,
                    "--roundup.fetch.allow-loopback=true", "--roundup.lock-check-seconds=1"};
            Future<Integer> run = launcher.submit(() -> RoundupApplication.run(args));
            assertThat(asked.await(60, TimeUnit.SECONDS)).as("fetchNews reached the page").isTrue();
            try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, ""); Statement s = admin.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_database d "
                         + "ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = '" + database + "'")) {
                assertThat(rs.next()).as("the run's advisory lock").isTrue();
            }
            Thread.sleep(2500); // the watch looks every second
            answer.countDown();

            assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(ExitCodes.FAILED);
            assertThat(dir.resolve("out/mentions.csv")).as("no step ran after the stop").doesNotExist();
            try (Connection c = DriverManager.getConnection(url, USER, ""); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT status FROM batch_job_execution")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("STOPPED");
            }
            assertThat(RoundupApplication.run(args)).as("the same command restarts it")
                    .isIn(ExitCodes.COMPLETED, ExitCodes.COMPLETED_WITH_REJECTS);
        } finally {
            answer.countDown();
            launcher.shutdownNow();
            server.stop(0);
            try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, ""); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }
}
