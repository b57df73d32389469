package io.roundup.store;

import io.roundup.review.Finding;
import io.roundup.review.ReviewRow;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

/**
 * The review list ({@code event_review}) and each event's review state ({@code funding_events.review}).
 * Rebuilt whole with the ledger, inside the step's transaction, like the event tables.
 */
public class ReviewStore {

    private final JdbcTemplate jdbc;

    public ReviewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceAll(List<ReviewRow> rows, Map<String, String> states) {
        jdbc.update("DELETE FROM event_review");
        jdbc.update("UPDATE funding_events SET review = NULL WHERE review IS NOT NULL");
        jdbc.batchUpdate("INSERT INTO event_review (event_id, check_name, company, detail, evidence, sources, status, approved_by) "
                + "VALUES (?,?,?,?,?,?,?,?)", rows.stream().map(r -> new Object[]{r.finding().eventId(), r.finding().check(),
                Sql.clip(r.finding().company(), 300), Sql.clip(r.finding().detail(), 4000), Sql.clip(r.evidence(), 4000),
                Sql.clip(Sql.joined(r.sources()), 4000), r.status(), r.approvedBy()}).toList());
        jdbc.batchUpdate("UPDATE funding_events SET review = ? WHERE event_id = ?",
                states.entrySet().stream().map(s -> new Object[]{s.getValue(), s.getKey()}).toList());
    }

    /** The review rows in ledger order (company, date, event), then by check. */
    public List<ReviewRow> rows() {
        return jdbc.query("SELECT r.* FROM event_review r JOIN funding_events e ON e.event_id = r.event_id "
                        + "ORDER BY LOWER(e.company), e.event_date NULLS LAST, r.event_id, r.check_name",
                (rs, i) -> new ReviewRow(new Finding(rs.getString("event_id"), rs.getString("company"),
                        rs.getString("check_name"), rs.getString("detail")), rs.getString("evidence"),
                        Sql.split(rs.getString("sources")), rs.getString("status"), rs.getString("approved_by")));
    }
}
