package io.roundup.job;

import io.roundup.RoundupApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

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
}
