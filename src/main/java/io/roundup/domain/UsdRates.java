package io.roundup.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** Reference rates against the US dollar. */
public interface UsdRates {

    /**
     * The rate of the last day on or before {@code date} on which {@code currency} was quoted, or
     * empty when there is none (date before the history, or a currency never quoted).
     */
    Optional<UsdRate> on(Currency currency, LocalDate date);
}
