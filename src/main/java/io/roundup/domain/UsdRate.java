package io.roundup.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code perUsd} units of some currency for one US dollar, from the reference rates of {@code date}. */
public record UsdRate(LocalDate date, BigDecimal perUsd) {
}
