package io.roundup.report;

import io.roundup.domain.EventMarks;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Money;
import io.roundup.domain.StepReject;
import io.roundup.normalize.NormalizedMention;
import io.roundup.review.ReviewRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ledger itself as CSV: {@code mentions.csv} (what each document says, the columns that
 * {@code score.py} reads first), {@code funding_events.csv} (merged events with USD figures,
 * sources and review state), {@code review.csv} (events held for an analyst) and {@code rejects.csv}. Column names are a contract; add columns at the end only.
 */
public final class LedgerFiles {

    public static final List<String> MENTION_COLUMNS = List.of("file", "company", "event_type", "status", "amount",
            "currency", "post_money_valuation", "post_money_valuation_currency", "pre_money_valuation",
            "pre_money_valuation_currency", "round_label", "date", "lead_investors", "exchange", "ticker", "offer_price",
            "proceeds", "evidence", "company_as_written", "resolved", "country", "amount_usd", "fx_rate", "fx_date", "fx_source");

    public static final List<String> EVENT_COLUMNS = List.of("event_id", "company", "resolved", "country", "event_type",
            "status", "amount", "currency", "amount_usd", "fx_rate", "fx_date", "post_money_valuation",
            "post_money_valuation_currency", "post_money_valuation_usd", "pre_money_valuation",
            "pre_money_valuation_currency", "pre_money_valuation_usd", "round_label", "date", "lead_investors",
            "exchange", "ticker", "offer_price", "proceeds", "proceeds_currency", "sources", "conflicts", "evidence",
            "fx_source", "review", "corrected_fields");

    public static final List<String> REVIEW_COLUMNS = List.of("event_id", "company", "check", "detail", "evidence",
            "sources", "status", "approved_by");

    public static final List<String> REJECT_COLUMNS = List.of("source", "line", "reason", "raw", "step");

    private LedgerFiles() {
    }

    public static void writeMentions(Path file, List<NormalizedMention> mentions) throws IOException {
        CsvTable t = new CsvTable(MENTION_COLUMNS);
        for (NormalizedMention n : mentions) {
            var m = n.mention();
            t.addRow(m.file(), n.company(), m.type().code(), m.status().code(), amount(m.amount()), currency(m.amount()),
                    amount(m.postMoney()), currency(m.postMoney()), amount(m.preMoney()), currency(m.preMoney()),
                    m.roundLabel(), m.date(), m.leadInvestors(), m.exchange(), m.ticker(), amount(m.offerPrice()),
                    amount(m.proceeds()), m.evidence(), m.company(), n.resolved(), n.country(), n.amountUsd(),
                    n.fxRate(), n.fxDate(), n.fxSource());
        }
        t.write(file);
    }

    /** {@code marks} gives each event's review state; events it does not name have none. */
    public static void writeEvents(Path file, List<FundingEvent> events, Map<String, EventMarks> marks) throws IOException {
        eventTable(events, marks).write(file);
    }

    /** The rows of {@code funding_events.csv}, as {@link #writeEvents} writes them. */
    public static CsvTable eventTable(List<FundingEvent> events, Map<String, EventMarks> marks) {
        CsvTable t = new CsvTable(EVENT_COLUMNS);
        for (FundingEvent e : events) {
            EventMarks m = marks.getOrDefault(e.eventId(), EventMarks.NONE);
            t.addRow(e.eventId(), e.company(), e.resolved(), e.country(), e.type().code(), e.status().code(),
                    amount(e.amount()), currency(e.amount()), e.amountUsd(), e.fxRate(), e.fxDate(),
                    amount(e.postMoney()), currency(e.postMoney()), e.postMoneyUsd(), amount(e.preMoney()),
                    currency(e.preMoney()), e.preMoneyUsd(), e.roundLabel(), e.date(), e.leadInvestors(), e.exchange(),
                    e.ticker(), amount(e.offerPrice()), amount(e.proceeds()), currency(e.proceeds()), e.sources(),
                    String.join(" | ", e.conflicts()), e.evidence(), e.fxSource(), m.review(),
                    m.correctedFields());
        }
        return t;
    }

    /** {@code review.csv}: one row per event and check that put it into review. */
    public static void writeReview(Path file, List<ReviewRow> rows) throws IOException {
        CsvTable t = new CsvTable(REVIEW_COLUMNS);
        for (ReviewRow r : rows) {
            t.addRow(r.finding().eventId(), r.finding().company(), r.finding().check(), r.finding().detail(), r.evidence(),
                    r.sources(), r.status(), r.approvedBy());
        }
        t.write(file);
    }

    public static void writeRejects(Path file, List<StepReject> rejects) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (StepReject r : rejects) {
            rows.add(List.of(r.reject().source(), r.reject().line(), r.reject().reason(),
                    r.reject().raw() == null ? "" : r.reject().raw(), r.step()));
        }
        CsvTable.of(REJECT_COLUMNS, rows).write(file);
    }

    private static Object amount(Money m) {
        return m == null ? null : m.amount();
    }

    private static String currency(Money m) {
        return m == null ? null : m.currencyCode();
    }
}
