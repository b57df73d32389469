package io.roundup.store;

import io.roundup.domain.Reject;
import io.roundup.domain.StepReject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Rejected rows and documents. Keyed on step, source, line and reason, so a reject recorded again
 * by a restarted or repeated run stays one row.
 */
public class RejectStore {

    private static final Upsert UPSERT = Upsert.into("rejects", List.of("step", "source", "line", "reason"),
            List.of("step VARCHAR", "source VARCHAR", "line BIGINT", "reason VARCHAR", "raw VARCHAR"));

    private final JdbcTemplate jdbc;

    public RejectStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String step, List<Reject> rejects) {
        if (rejects.isEmpty()) return;
        jdbc.batchUpdate(UPSERT.sql(jdbc), rejects.stream().map(r -> new Object[]{step, Sql.clip(r.source(), 500), r.line(),
                Sql.clip(r.reason(), 1000), Sql.clip(r.raw(), 4000)}).toList());
    }

    /** The rejects of one step and source are these, and only these: for a file re-read whole every run. */
    public void replace(String step, String source, List<Reject> rejects) {
        jdbc.update("DELETE FROM rejects WHERE step = ? AND source = ?", step, source);
        save(step, rejects);
    }

    public List<StepReject> all() {
        return jdbc.query("SELECT * FROM rejects ORDER BY source, line, step, reason", (rs, i) -> new StepReject(
                rs.getString("step"), new Reject(rs.getString("source"), rs.getLong("line"), rs.getString("reason"),
                rs.getString("raw"))));
    }
}
