package io.roundup.report;

import io.roundup.domain.PriceBar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link PriceLookup} over bars held in memory, for tests and small runs. Bars are keyed by
 * {@link TickerKeys#key(String)} of {@link PriceBar#ticker()}; when two bars share a key and a
 * date, the first one given wins. Bars without ticker or date are ignored.
 */
public final class InMemoryPriceLookup implements PriceLookup {

    private final Map<String, TreeMap<LocalDate, PriceBar>> byKey = new HashMap<>();

    public InMemoryPriceLookup(Collection<PriceBar> bars) {
        if (bars == null) return;
        for (PriceBar b : bars) {
            if (b == null || b.date() == null) continue;
            String k = TickerKeys.key(b.ticker());
            if (k == null) continue;
            byKey.computeIfAbsent(k, x -> new TreeMap<>()).putIfAbsent(b.date(), b);
        }
    }

    @Override
    public Optional<PriceBar> on(String ticker, LocalDate date) {
        TreeMap<LocalDate, PriceBar> bars = bars(ticker);
        return bars == null || date == null ? Optional.empty() : Optional.ofNullable(bars.get(date));
    }

    @Override
    public Optional<PriceBar> latestOnOrBefore(String ticker, LocalDate date) {
        TreeMap<LocalDate, PriceBar> bars = bars(ticker);
        if (bars == null || date == null) return Optional.empty();
        Entry<LocalDate, PriceBar> e = bars.floorEntry(date);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    private TreeMap<LocalDate, PriceBar> bars(String ticker) {
        String k = TickerKeys.key(ticker);
        return k == null ? null : byKey.get(k);
    }
}
