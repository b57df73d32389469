package io.roundup.report;

import io.roundup.domain.PriceBar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.roundup.report.Fixtures.bar;
import static org.assertj.core.api.Assertions.assertThat;

class PriceQueriesTest {

    /** A lookup matching the stored ticker exactly, like a database filed by price-file name. */
    static final class ExactLookup implements PriceLookup {
        final Map<String, TreeMap<LocalDate, PriceBar>> bars = new TreeMap<>();
        final List<String> asked = new ArrayList<>();

        ExactLookup add(PriceBar b) {
            bars.computeIfAbsent(b.ticker(), t -> new TreeMap<>()).put(b.date(), b);
            return this;
        }

        @Override
        public Optional<PriceBar> on(String ticker, LocalDate date) {
            asked.add(ticker);
            TreeMap<LocalDate, PriceBar> m = bars.get(ticker);
            return m == null ? Optional.empty() : Optional.ofNullable(m.get(date));
        }

        @Override
        public Optional<PriceBar> latestOnOrBefore(String ticker, LocalDate date) {
            asked.add(ticker);
            TreeMap<LocalDate, PriceBar> m = bars.get(ticker);
            var e = m == null ? null : m.floorEntry(date);
            return e == null ? Optional.empty() : Optional.of(e.getValue());
        }
    }

    @Test
    void spellingsOfHongKongAndUsTickers() {
        assertThat(TickerKeys.spellings("HKEX", "100")).containsExactly("100.HK", "0100.HK", "00100.HK", "000100.HK", "100");
        assertThat(TickerKeys.spellings("HKEX", "2513")).startsWith("2513.HK", "02513.HK");
        assertThat(TickerKeys.spellings("NYSE", "baba")).containsExactly("BABA", "baba");
        assertThat(TickerKeys.spellings("HKEX", null)).isEmpty();
    }

    @Test
    void exactMatchingLookupsStillFindZeroPaddedFiles() {
        ExactLookup prices = new ExactLookup()
                .add(bar("0100.HK", "2026-01-09", "235", "350", "235", "345"))
                .add(bar("0700.HK", "2018-06-01", "1", "1", "1", "410"));
        assertThat(PriceQueries.on(prices, "HKEX", "100", LocalDate.of(2026, 1, 9))).map(PriceBar::ticker).contains("0100.HK");
        assertThat(PriceQueries.latestOnOrBefore(prices, "HKEX", "700", LocalDate.of(2020, 1, 1)))
                .map(PriceBar::date).contains(LocalDate.of(2018, 6, 1));
        assertThat(PriceQueries.on(prices, "HKEX", "100", null)).isEmpty();
    }

    @Test
    void ipoAndCompanySummariesUseTheSpellings() {
        ExactLookup prices = new ExactLookup().add(bar("0100.HK", "2026-01-09", "235", "350", "235", "345"));
        ReportInput in = new ReportInput(List.of(), Fixtures.seedRegistry(),
                List.of(Fixtures.listing("MiniMax", "HKEX", "100", "2026-01-09", "165", "HKD", 1000L, "4817604000")),
                prices, Fixtures.ecb(), LocalDate.of(2026, 1, 9));
        assertThat(IpoSummaryBuilder.build(in).get(0).firstDayReturnPct()).isEqualByComparingTo("109.09");
        assertThat(CompanySummaryBuilder.build(in).get(0).latestMarketCap()).isEqualByComparingTo("345000");
    }
}
