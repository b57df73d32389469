package io.roundup.store;

import io.roundup.ledger.HistoryEntry;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ledger knew, run by run: {@code ledger_runs} (each publishing run and its header) and
 * {@code event_history} (each change, in the order the runs made them).
 */
public class HistoryStore {

    private static final Upsert RUN = Upsert.into("ledger_runs", List.of("execution_id"),
            List.of("execution_id BIGINT", "run_date DATE", "header VARCHAR", "events INT"));

    /** A recorded change with the run that made it. */
    public record Recorded(long executionId, LocalDate runDate, HistoryEntry entry) {
    }

    /** The run whose file {@code ledger --as-of} rebuilds: its execution and the header it wrote. */
    public record Run(long executionId, LocalDate runDate, String header) {
    }

    private final JdbcTemplate jdbc;

    public HistoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each event's row as last recorded; removed events are absent. */
    public Map<String, String> latestRows() {
        Map<String, String> out = new HashMap<>();
        jdbc.query("SELECT h.event_id, h.row_csv FROM event_history h JOIN (SELECT event_id, MAX(seq) AS seq FROM event_history "
                + "GROUP BY event_id) l ON l.event_id = h.event_id AND l.seq = h.seq WHERE h.row_csv IS NOT NULL",
                rs -> { out.put(rs.getString(1), rs.getString(2)); });
        return out;
    }

    public void record(long executionId, LocalDate runDate, String header, int events, List<HistoryEntry> changes) {
        jdbc.update("DELETE FROM event_history WHERE execution_id = ?", executionId);
        jdbc.update(RUN.sql(jdbc), executionId, Sql.date(runDate), header, events);
        jdbc.batchUpdate("INSERT INTO event_history (execution_id, run_date, event_id, company, event_date, change_kind, fields, "
                + "reason, row_csv) VALUES (?,?,?,?,?,?,?,?,?)", changes.stream().map(h -> new Object[]{executionId,
                Sql.date(runDate), h.eventId(), Sql.clip(h.company(), 300), Sql.date(h.date()), h.change(),
                Sql.clip(String.join(";", h.fields()), 2000), Sql.clip(h.reason(), 2000), h.row()}).toList());
    }

    /** The last run of the latest run date on or before {@code day}; null when none. */
    public Run lastRunOnOrBefore(LocalDate day) {
        List<Run> runs = jdbc.query("SELECT execution_id, run_date, header FROM ledger_runs WHERE run_date <= ? "
                        + "ORDER BY run_date DESC, execution_id DESC", (rs, i) -> new Run(rs.getLong(1), Sql.date(rs, "run_date"),
                        rs.getString(3)), Sql.date(day));
        return runs.isEmpty() ? null : runs.get(0);
    }

    /** Every change recorded by this execution and the ones before it, in recording order. */
    public List<HistoryEntry> upTo(long executionId) {
        return jdbc.query("SELECT * FROM event_history WHERE execution_id <= ? ORDER BY seq", (rs, i) -> entry(rs), executionId);
    }

    /** The changes made by runs of this date or later, in recording order. */
    public List<Recorded> since(LocalDate day) {
        return jdbc.query("SELECT * FROM event_history WHERE run_date >= ? ORDER BY seq", (rs, i) ->
                new Recorded(rs.getLong("execution_id"), Sql.date(rs, "run_date"), entry(rs)), Sql.date(day));
    }

    private static HistoryEntry entry(ResultSet rs) throws SQLException {
        String fields = rs.getString("fields");
        return new HistoryEntry(rs.getString("event_id"), rs.getString("company"), Sql.date(rs, "event_date"),
                rs.getString("change_kind"), fields == null || fields.isEmpty() ? List.of() : List.of(fields.split(";")),
                rs.getString("reason"), rs.getString("row_csv"));
    }
}
