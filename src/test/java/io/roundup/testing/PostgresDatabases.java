package io.roundup.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A database of its own on the PostgreSQL these machines run on 127.0.0.1:5432 (trust auth;
 * {@code ROUNDUP_PG_HOST} / {@code ROUNDUP_PG_USER} name another), for whole runs of the job. Without
 * a reachable server the test is skipped with the reason, except under {@code CI=true}, where that
 * is a failure.
 */
public final class PostgresDatabases {

    public static final String HOST = System.getenv().getOrDefault("ROUNDUP_PG_HOST", "127.0.0.1:5432");
    public static final String USER = System.getenv().getOrDefault("ROUNDUP_PG_USER", "postgres");
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + "/postgres";

    public interface Work {
        void run(String url) throws Exception;
    }

    private PostgresDatabases() {
    }

    /** Creates the database {@code prefix_<pid>}, hands its JDBC URL to {@code work}, then drops it. */
    public static void withDatabase(String prefix, Work work) throws Exception {
        String name = prefix + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) throw new IllegalStateException("PostgreSQL tests cannot run in CI: no server at " + HOST, e);
            assumeTrue(false, "PostgreSQL tests skipped: no server at " + HOST + " (" + e.getMessage() + ")");
        }
        try {
            work.run("jdbc:postgresql://" + HOST + "/" + name);
        } finally {
            try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
