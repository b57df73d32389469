package io.roundup.fetch;

import io.roundup.store.FetchStore;
import io.roundup.testing.PostgresSchemas;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FetchStore} on an embedded H2 migrated by Flyway, and on the PostgreSQL these machines run
 * on 127.0.0.1:5432 ({@code ROUNDUP_PG_HOST} names another) in a schema of its own, when one is
 * reachable; else that half skips (fails in CI).
 */
class FetchStoreTest {

    static FetchedPage page(String url, String hash, Instant at, String etag) {
        return new FetchedPage(url, url + "?final", at, 200, etag, "Mon, 05 Jan 2026 10:00:00 GMT", hash,
                "text/html; charset=utf-8", hash + ".html");
    }

    static void exercise(FetchStore store) {
        String h1 = "a".repeat(64);
        String h2 = "b".repeat(64);
        Instant t1 = Instant.parse("2026-01-08T01:30:00.123Z");
        Instant t2 = Instant.parse("2026-01-09T01:30:00Z");
        assertThat(store.find("https://news.example/a")).isEmpty();

        FetchedPage a = page("https://news.example/a", h1, t1, "\"v1\"");
        store.save(a);
        assertThat(store.find("https://news.example/a")).contains(a);
        assertThat(store.findByHash(h1)).contains(a);
        assertThat(store.findByHash(h2)).isEmpty();

        FetchedPage changed = page("https://news.example/a", h2, t2, null);
        store.save(changed);
        store.save(changed); // saving twice keeps one row
        assertThat(store.find("https://news.example/a")).contains(changed);
        assertThat(store.findByHash(h1)).isEmpty();

        FetchedPage other = new FetchedPage("https://news.example/b", null, t1, 203, null, null, h2, null, h2 + ".html");
        store.save(other);
        assertThat(store.all()).containsExactly(changed, other);
        assertThat(store.findByHash(h2)).contains(other); // the earliest fetch holding the body
    }

    @Test
    void storesAndFindsPagesOnH2() {
        String url = "jdbc:h2:mem:fetch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        DriverManagerDataSource ds = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(ds).load().migrate();
        exercise(new FetchStore(new JdbcTemplate(ds)));
    }

    @Test
    void storesAndFindsPagesOnPostgres() throws Exception {
        PostgresSchemas.withMigratedSchema("roundup_fetch", ds -> exercise(new FetchStore(new JdbcTemplate(ds))));
    }
}
