package io.roundup.normalize;

import io.roundup.domain.Mention;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A mention with its company resolved through the registry and its figures in USD.
 * {@code fxRate} is units of {@code fxCurrency} per USD on {@code fxDate}, as published by
 * {@code fxSource} (all null when no rate applied);
 * {@code company} is the registry's canonical name, or the name as written when {@code resolved} is false.
 */
public record NormalizedMention(Mention mention, int seq, String company, boolean resolved, String country,
                                String fxCurrency, BigDecimal fxRate, LocalDate fxDate, String fxSource,
                                BigDecimal amountUsd, BigDecimal postMoneyUsd, BigDecimal preMoneyUsd) {
}
