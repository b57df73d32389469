package io.roundup.fx;

import io.roundup.domain.UsdRate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A rate against the US dollar with where it came from: {@code perUsd} units of a currency for one
 * US dollar, the day of the quote used, and the source chosen ({@code "ECB"} for a cross of two ECB
 * euro rates of that day, {@code "FRED DEXHKUS"} for a FRED series, {@code "identity"} for USD itself).
 */
public record SourcedUsdRate(LocalDate date, BigDecimal perUsd, String source) {

    public static final String IDENTITY = "identity";

    public UsdRate toUsdRate() {
        return new UsdRate(date, perUsd);
    }
}
