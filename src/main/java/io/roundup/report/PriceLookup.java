package io.roundup.report;

import io.roundup.domain.PriceBar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Daily bars by ticker. The report builders ask under each spelling of
 * {@link TickerKeys#spellings(String, String)} in turn: the canonical key ({@code "2513.HK"},
 * {@code "NVDA"}), then the zero-padded vendor forms ({@code "0100.HK"}, {@code "00100.HK"}), then
 * the listing's ticker as written; so an implementation that matches the stored ticker exactly
 * works for price files named {@code 0700.HK.csv} or {@code 2513.HK.csv}. Implementations that can,
 * should rather compare {@code TickerKeys.key(stored)} with {@code TickerKeys.key(ticker)}, as
 * {@link InMemoryPriceLookup} does.
 */
public interface PriceLookup {

    /** The bar of exactly that trading day, or empty. */
    Optional<PriceBar> on(String ticker, LocalDate date);

    /** The bar of the last trading day on or before {@code date}, or empty when none. */
    Optional<PriceBar> latestOnOrBefore(String ticker, LocalDate date);

    /** A lookup that knows no prices. */
    static PriceLookup none() {
        return new PriceLookup() {
            @Override
            public Optional<PriceBar> on(String ticker, LocalDate date) {
                return Optional.empty();
            }

            @Override
            public Optional<PriceBar> latestOnOrBefore(String ticker, LocalDate date) {
                return Optional.empty();
            }
        };
    }
}
