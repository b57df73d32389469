package io.roundup.report;

import io.roundup.domain.PriceBar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Asks a {@link PriceLookup} for a listing's bars under every spelling of
 * {@link TickerKeys#spellings(String, String)}, so lookups that match tickers exactly still find
 * {@code 0100.HK} for HKEX {@code 100}.
 */
final class PriceQueries {

    private PriceQueries() {
    }

    /** The bar of that day under the first spelling that has one. */
    static Optional<PriceBar> on(PriceLookup prices, String exchange, String ticker, LocalDate date) {
        if (date == null) return Optional.empty();
        for (String t : TickerKeys.spellings(exchange, ticker)) {
            Optional<PriceBar> b = prices.on(t, date);
            if (b.isPresent()) return b;
        }
        return Optional.empty();
    }

    /** The newest bar on or before {@code date} over all spellings (ties: the earlier spelling). */
    static Optional<PriceBar> latestOnOrBefore(PriceLookup prices, String exchange, String ticker, LocalDate date) {
        if (date == null) return Optional.empty();
        PriceBar best = null;
        for (String t : TickerKeys.spellings(exchange, ticker)) {
            PriceBar b = prices.latestOnOrBefore(t, date).filter(x -> x.date() != null).orElse(null);
            if (b != null && (best == null || b.date().isAfter(best.date()))) best = b;
        }
        return Optional.ofNullable(best);
    }
}
