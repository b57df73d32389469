package io.roundup.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed in the middle of a migration (kill -9 while a first run creates the schema) leaves H2 with the
 * migration's first statements done and the migration not recorded, since H2 commits each DDL statement. The next
 * start runs the migration again from its first statement; it must not fail on what is already there.
 */
class MigrationsRerunTest {

    @Test
    void aMigrationCutShortRunsAgainOverWhatItAlreadyMade(@TempDir Path dir) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("roundup"));
        ds.setUser("sa");
        String[] locations = {"classpath:db/migration", "classpath:db/vendor/h2"};
        Flyway.configure().dataSource(ds).locations(locations).target("4").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // what V5 and V6 had done when the process was killed
            s.execute("ALTER TABLE funding_events ADD COLUMN corrected_fields VARCHAR(500)");
            s.execute("CREATE TABLE ledger_runs (run_date DATE PRIMARY KEY)");
        }
        var result = Flyway.configure().dataSource(ds).locations(locations).load().migrate();
        assertThat(result.success).isTrue();
        assertThat(Flyway.configure().dataSource(ds).locations(locations).load().info().current().getVersion().getVersion()).isEqualTo("7");
    }
}
