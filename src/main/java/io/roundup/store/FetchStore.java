package io.roundup.store;

import io.roundup.fetch.FetchHistory;
import io.roundup.fetch.FetchedPage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The fetch history in table {@code fetched_pages}, keyed by the URL asked for. */
public class FetchStore implements FetchHistory {

    private static final Upsert UPSERT = Upsert.into("fetched_pages", List.of("url"),
            List.of("url VARCHAR", "final_url VARCHAR", "fetched_at TIMESTAMP WITH TIME ZONE", "http_status INT",
                    "etag VARCHAR", "last_modified VARCHAR", "content_hash VARCHAR", "content_type VARCHAR",
                    "raw_path VARCHAR"));

    private final JdbcTemplate jdbc;

    public FetchStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FetchedPage> find(String url) {
        return jdbc.query("SELECT * FROM fetched_pages WHERE url = ?", FetchStore::page, url).stream().findFirst();
    }

    @Override
    public Optional<FetchedPage> findByHash(String contentHash) {
        return jdbc.query("SELECT * FROM fetched_pages WHERE content_hash = ? ORDER BY fetched_at, url FETCH FIRST 1 ROWS ONLY",
                FetchStore::page, contentHash).stream().findFirst();
    }

    @Override
    public void save(FetchedPage p) {
        jdbc.update(UPSERT.sql(jdbc), p.url(), p.finalUrl(), OffsetDateTime.ofInstant(p.fetchedAt(), ZoneOffset.UTC), p.httpStatus(),
                Sql.clip(p.etag(), 1000), Sql.clip(p.lastModified(), 100), p.contentHash(), Sql.clip(p.contentType(), 300),
                p.rawPath());
    }

    /** Every stored response, by URL. */
    public List<FetchedPage> all() {
        return jdbc.query("SELECT * FROM fetched_pages ORDER BY url", FetchStore::page);
    }

    private static FetchedPage page(ResultSet rs, int i) throws SQLException {
        return new FetchedPage(rs.getString("url"), rs.getString("final_url"),
                rs.getObject("fetched_at", OffsetDateTime.class).toInstant(), rs.getInt("http_status"),
                rs.getString("etag"), rs.getString("last_modified"), rs.getString("content_hash"),
                rs.getString("content_type"), rs.getString("raw_path"));
    }
}
