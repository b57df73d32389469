package io.roundup.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** An ECB reference rate: {@code perEur} units of {@code currency} for one euro on {@code date}. */
public record EuroRate(LocalDate date, Currency currency, BigDecimal perEur) {
}
