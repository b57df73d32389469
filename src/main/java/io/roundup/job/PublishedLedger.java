package io.roundup.job;

import io.roundup.domain.EventMarks;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.PriceBar;
import io.roundup.fx.FxTable;
import io.roundup.ledger.LedgerOrder;
import io.roundup.report.PriceLookup;
import io.roundup.report.ReportInput;
import io.roundup.store.CompanyStore;
import io.roundup.store.EventStore;
import io.roundup.store.FxStore;
import io.roundup.store.ListingStore;
import io.roundup.store.PriceStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger as the database holds it, read back for the output files and the {@code report}
 * command alike: every event in the file's order with its marks, and what the summaries are
 * computed from (events in review stay in the ledger but out of every sum).
 */
public record PublishedLedger(List<FundingEvent> ledger, Map<String, EventMarks> marks, ReportInput published) {

    public static PublishedLedger read(JdbcTemplate jdbc, LocalDate runDate) {
        EventStore events = new EventStore(jdbc);
        PriceStore bars = new PriceStore(jdbc);
        List<FundingEvent> ledger = new ArrayList<>(events.events());
        ledger.sort(LedgerOrder.events());
        Map<String, EventMarks> marks = events.marks();
        var published = ledger.stream().filter(e -> !marks.getOrDefault(e.eventId(), EventMarks.NONE).pending()).toList();
        PriceLookup prices = new PriceLookup() {
            @Override
            public Optional<PriceBar> on(String ticker, LocalDate date) {
                return bars.priceOn(ticker, date);
            }

            @Override
            public Optional<PriceBar> latestOnOrBefore(String ticker, LocalDate date) {
                return bars.latestPriceOnOrBefore(ticker, date);
            }
        };
        return new PublishedLedger(List.copyOf(ledger), marks, new ReportInput(published, new CompanyStore(jdbc).companies(),
                new ListingStore(jdbc).listings(), prices, FxTable.ofPublished(new FxStore(jdbc).rates()), runDate));
    }
}
