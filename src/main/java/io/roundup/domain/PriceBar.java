package io.roundup.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One daily bar. {@code adjClose} and {@code volume} may be null when the layout lacks them;
 * volume is a decimal because split-adjusted vendors (Stooq) print fractional volumes.
 */
public record PriceBar(String ticker, LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low,
                       BigDecimal close, BigDecimal adjClose, BigDecimal volume) {
}
