package io.roundup.testing;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A schema of its own, migrated by Flyway, on the PostgreSQL these machines run on 127.0.0.1:5432
 * ({@code ROUNDUP_PG_HOST} / {@code ROUNDUP_PG_USER} name another). Without a reachable server the
 * test is skipped with the reason, except under {@code CI=true}, where that is a failure.
 */
public final class PostgresSchemas {

    public interface Work {
        void run(DataSource ds) throws Exception;
    }

    private PostgresSchemas() {
    }

    public static void withMigratedSchema(String prefix, Work work) throws Exception {
        String host = System.getenv().getOrDefault("ROUNDUP_PG_HOST", "127.0.0.1:5432");
        String user = System.getenv().getOrDefault("ROUNDUP_PG_USER", "postgres");
        String url = "jdbc:postgresql://" + host + "/postgres?connectTimeout=2";
        String schema = prefix + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) throw e;
            assumeTrue(false, "no PostgreSQL at " + host + ": " + e.getMessage());
        }
        try {
            DriverManagerDataSource ds = new DriverManagerDataSource(url + "&currentSchema=" + schema, user, "");
            Flyway.configure().dataSource(ds).schemas(schema).load().migrate();
            work.run(ds);
        } finally {
            try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
