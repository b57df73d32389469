package io.roundup.report;

import io.roundup.domain.EventMarks;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Money;
import io.roundup.domain.SourceMention;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code funding_events.json}: the rows of {@code funding_events.csv} for tools, under the same
 * names, typed (numbers as JSON numbers written exactly, dates as {@code yyyy-mm-dd} strings,
 * lists as arrays, a missing value as null) and with the sources nested: each source with its web
 * address when it is one and what it wrote (company as written, evidence sentence).
 * {@code docs/funding_events.schema.json} describes it; SCHEMA_VERSION changes when a field
 * changes meaning or goes away (fields are only ever added otherwise).
 */
public final class LedgerJson {

    public static final String FILE_NAME = "funding_events.json";
    public static final int SCHEMA_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private LedgerJson() {
    }

    /** {@code events} in the CSV's order; {@code sources}: the mentions behind them, any order. */
    public static byte[] bytes(LocalDate runDate, List<FundingEvent> events, Map<String, EventMarks> marks,
                               List<SourceMention> sources) {
        Map<String, Map<String, List<SourceMention>>> byEvent = new LinkedHashMap<>();
        for (SourceMention s : sources) {
            byEvent.computeIfAbsent(s.eventId(), k -> new LinkedHashMap<>()).computeIfAbsent(s.file(), k -> new ArrayList<>()).add(s);
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("run_date", runDate.toString());
        ArrayNode list = root.putArray("events");
        for (FundingEvent e : events) {
            list.add(event(e, marks.getOrDefault(e.eventId(), EventMarks.NONE), byEvent.getOrDefault(e.eventId(), Map.of())));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    public static Path write(Path dir, LocalDate runDate, List<FundingEvent> events, Map<String, EventMarks> marks,
                             List<SourceMention> sources) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        CsvTable.writeAtomically(file, bytes(runDate, events, marks, sources));
        return file;
    }

    private static ObjectNode event(FundingEvent e, EventMarks m, Map<String, List<SourceMention>> mentions) {
        ObjectNode o = JSON.createObjectNode();
        o.put("event_id", e.eventId());
        o.put("company", e.company());
        o.put("resolved", e.resolved());
        o.put("country", blankToNull(e.country()));
        o.put("event_type", e.type().code());
        o.put("status", e.status().code());
        money(o, "amount", "currency", e.amount());
        o.put("amount_usd", number(e.amountUsd()));
        o.put("fx_rate", number(e.fxRate()));
        o.put("fx_date", date(e.fxDate()));
        money(o, "post_money_valuation", "post_money_valuation_currency", e.postMoney());
        o.put("post_money_valuation_usd", number(e.postMoneyUsd()));
        money(o, "pre_money_valuation", "pre_money_valuation_currency", e.preMoney());
        o.put("pre_money_valuation_usd", number(e.preMoneyUsd()));
        o.put("round_label", blankToNull(e.roundLabel()));
        o.put("date", date(e.date()));
        strings(o.putArray("lead_investors"), e.leadInvestors());
        o.put("exchange", blankToNull(e.exchange()));
        o.put("ticker", blankToNull(e.ticker()));
        money(o, "offer_price", "offer_price_currency", e.offerPrice());
        money(o, "proceeds", "proceeds_currency", e.proceeds());
        ArrayNode sources = o.putArray("sources");
        for (String file : e.sources()) {
            ObjectNode s = sources.addObject();
            s.put("source", file);
            s.put("url", Html.isWebUrl(file) ? file.strip() : null);
            ArrayNode said = s.putArray("mentions");
            for (SourceMention sm : mentions.getOrDefault(file, List.of())) {
                said.addObject().put("seq", sm.seq()).put("company_as_written", sm.companyAsWritten()).put("evidence", sm.evidence());
            }
        }
        strings(o.putArray("conflicts"), e.conflicts());
        o.put("evidence", e.evidence());
        o.put("fx_source", blankToNull(e.fxSource()));
        o.put("review", m.review());
        strings(o.putArray("corrected_fields"), m.correctedFields());
        return o;
    }

    private static void money(ObjectNode o, String amount, String currency, Money m) {
        o.put(amount, m == null ? null : number(m.amount()));
        o.put(currency, m == null ? null : m.currencyCode());
    }

    private static void strings(ArrayNode a, List<String> values) {
        for (String v : values) if (v != null && !v.isBlank()) a.add(v);
    }

    /** Exact, without trailing zeros or exponent: 2E+10 is written 20000000000. */
    private static BigDecimal number(BigDecimal v) {
        return v == null ? null : new BigDecimal(Money.plain(v));
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
