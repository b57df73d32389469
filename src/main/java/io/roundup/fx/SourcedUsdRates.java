package io.roundup.fx;

import io.roundup.domain.UsdRates;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * {@link UsdRates} that also tell which source each rate came from, so a converted amount can store
 * it beside the rate and its date. {@link FxTable} is the implementation.
 */
public interface SourcedUsdRates extends UsdRates {

    /** As {@link #on(Currency, LocalDate)}, with the source chosen ({@code ECB}, {@code FRED DEXHKUS}, {@code identity}). */
    Optional<SourcedUsdRate> quote(Currency currency, LocalDate date);
}
