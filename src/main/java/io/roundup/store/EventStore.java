package io.roundup.store;

import io.roundup.domain.EventMarks;
import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.SourceMention;
import io.roundup.normalize.EventMerger.Merged;
import io.roundup.normalize.NormalizedMention;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merged events and the mentions behind them. The merge looks at every mention at once, so the
 * event tables are rebuilt whole, inside the step's transaction, which keeps re-runs idempotent.
 */
public class EventStore {

    private static final String EVENT = "INSERT INTO funding_events (event_id, company, resolved, country, event_type, "
            + "status, amount, currency, amount_usd, fx_rate, fx_date, post_money, post_money_currency, post_money_usd, "
            + "pre_money, pre_money_currency, pre_money_usd, round_label, event_date, lead_investors, exchange, ticker, "
            + "offer_price, offer_price_currency, proceeds, proceeds_currency, conflicts, evidence, fx_source, "
            + "corrected_fields, approved_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final JdbcTemplate jdbc;

    public EventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceAll(List<Merged> merged) {
        replaceAll(merged, Map.of(), Map.of(), Map.of());
    }

    /**
     * As {@link #replaceAll(List)}, with the columns corrections set and who approved, per event id,
     * and the events corrections dropped as not events (id → why).
     */
    public void replaceAll(List<Merged> merged, Map<String, List<String>> correctedFields, Map<String, String> approvals,
                           Map<String, String> dropped) {
        jdbc.update("DELETE FROM dropped_events");
        jdbc.batchUpdate("INSERT INTO dropped_events (event_id, reason) VALUES (?,?)",
                dropped.entrySet().stream().map(d -> new Object[]{d.getKey(), Sql.clip(d.getValue(), 2000)}).toList());
        jdbc.update("DELETE FROM event_sources");
        jdbc.update("DELETE FROM funding_events");
        List<Object[]> events = new ArrayList<>();
        List<Object[]> sources = new ArrayList<>();
        for (Merged m : merged) {
            FundingEvent e = m.event();
            events.add(new Object[]{e.eventId(), e.company(), e.resolved(), e.country(), e.type().code(), e.status().code(),
                    Sql.amount(e.amount()), Sql.currency(e.amount()), e.amountUsd(), e.fxRate(), Sql.date(e.fxDate()),
                    Sql.amount(e.postMoney()), Sql.currency(e.postMoney()), e.postMoneyUsd(),
                    Sql.amount(e.preMoney()), Sql.currency(e.preMoney()), e.preMoneyUsd(), e.roundLabel(),
                    Sql.date(e.date()), Sql.joined(e.leadInvestors()), e.exchange(), e.ticker(),
                    Sql.amount(e.offerPrice()), Sql.currency(e.offerPrice()), Sql.amount(e.proceeds()),
                    Sql.currency(e.proceeds()), Sql.clip(String.join("; ", e.conflicts()), 4000),
                    Sql.clip(e.evidence(), 4000), e.fxSource(), Sql.joined(correctedFields.get(e.eventId())),
                    approvals.get(e.eventId())});
            for (NormalizedMention n : m.members()) {
                sources.add(new Object[]{e.eventId(), n.mention().file(), n.seq()});
            }
        }
        jdbc.batchUpdate(EVENT, events);
        jdbc.batchUpdate("INSERT INTO event_sources (event_id, file, seq) VALUES (?,?,?)", sources);
    }

    /** Event id → what the ledger says beside the figures, for the events that have a mark. */
    public Map<String, EventMarks> marks() {
        Map<String, EventMarks> out = new TreeMap<>();
        jdbc.query("SELECT event_id, review, corrected_fields FROM funding_events "
                        + "WHERE review IS NOT NULL OR corrected_fields IS NOT NULL",
                rs -> { out.put(rs.getString(1), new EventMarks(rs.getString(2), Sql.split(rs.getString(3)))); });
        return out;
    }

    /** Event id → why a correction dropped it, for the events dropped as not events. */
    public Map<String, String> dropped() {
        Map<String, String> out = new TreeMap<>();
        jdbc.query("SELECT event_id, reason FROM dropped_events", rs -> { out.put(rs.getString(1), rs.getString(2)); });
        return out;
    }

    /** Event id → who approved it, for the events an analyst released from review. */
    public Map<String, String> approvals() {
        Map<String, String> out = new TreeMap<>();
        jdbc.query("SELECT event_id, approved_by FROM funding_events WHERE approved_by IS NOT NULL",
                rs -> { out.put(rs.getString(1), rs.getString(2)); });
        return out;
    }

    /** The mentions behind every event, with what each source wrote, by event id, file and position. */
    public List<SourceMention> sourceMentions() {
        return jdbc.query("SELECT s.event_id, s.file, s.seq, m.company_raw, m.evidence FROM event_sources s "
                        + "LEFT JOIN mentions m ON m.file = s.file AND m.seq = s.seq ORDER BY s.event_id, s.file, s.seq",
                (rs, i) -> new SourceMention(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
    }

    public List<FundingEvent> events() {
        Map<String, List<String>> sources = new TreeMap<>();
        jdbc.query("SELECT DISTINCT event_id, file FROM event_sources ORDER BY event_id, file",
                rs -> { sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)); });
        return jdbc.query("SELECT * FROM funding_events ORDER BY LOWER(company), event_date NULLS LAST, event_id",
                (rs, i) -> new FundingEvent(rs.getString("event_id"), rs.getString("company"), rs.getBoolean("resolved"),
                        rs.getString("country"), EventType.fromCode(rs.getString("event_type")),
                        EventStatus.fromCode(rs.getString("status")), Sql.money(rs, "amount", "currency"),
                        rs.getBigDecimal("amount_usd"), rs.getBigDecimal("fx_rate"), Sql.date(rs, "fx_date"), rs.getString("fx_source"),
                        Sql.money(rs, "post_money", "post_money_currency"), rs.getBigDecimal("post_money_usd"),
                        Sql.money(rs, "pre_money", "pre_money_currency"), rs.getBigDecimal("pre_money_usd"),
                        rs.getString("round_label"), Sql.date(rs, "event_date"), Sql.split(rs.getString("lead_investors")),
                        rs.getString("exchange"), rs.getString("ticker"), Sql.money(rs, "offer_price", "offer_price_currency"),
                        Sql.money(rs, "proceeds", "proceeds_currency"), sources.getOrDefault(rs.getString("event_id"), List.of()),
                        rs.getString("conflicts") == null ? List.of() : List.of(rs.getString("conflicts").split("; ")),
                        rs.getString("evidence")));
    }
}
