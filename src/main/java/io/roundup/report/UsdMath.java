package io.roundup.report;

import io.roundup.domain.Money;
import io.roundup.domain.UsdRate;
import io.roundup.domain.UsdRates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Conversion and rounding rules shared by the summaries.
 *
 * <p>Rounding (all HALF_EVEN, i.e. banker's rounding, applied only when a value is written):
 * USD amounts to whole dollars; {@code fx_rate} to 6 significant digits ({@code 7.79281});
 * percentages to 2 decimals. Conversions themselves divide by the unrounded rate with 34 significant
 * digits (DECIMAL128). Local-currency products (shares × close) are exact and not rounded.
 */
public final class UsdMath {

    public static final Currency USD = Currency.getInstance("USD");
    private static final MathContext FX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

    private UsdMath() {
    }

    /**
     * Units of {@code currency} per USD on {@code date} (last quote on or before it). USD itself is
     * always 1 dated {@code date}; any other currency needs a date and a quote.
     */
    public static Optional<UsdRate> perUsd(UsdRates rates, Currency currency, LocalDate date) {
        if (currency == null) return Optional.empty();
        if (USD.equals(currency)) return Optional.of(new UsdRate(date, BigDecimal.ONE));
        if (date == null || rates == null) return Optional.empty();
        return rates.on(currency, date).filter(r -> r.perUsd() != null && r.perUsd().signum() > 0);
    }

    /** {@code amount / rate.perUsd}, unrounded (DECIMAL128); null when either is missing. */
    public static BigDecimal toUsd(BigDecimal amount, UsdRate rate) {
        if (amount == null || rate == null || rate.perUsd() == null || rate.perUsd().signum() == 0) return null;
        return amount.divide(rate.perUsd(), MathContext.DECIMAL128);
    }

    /** An amount converted at the rate of {@code date}; null when it cannot be converted. */
    public static BigDecimal toUsd(Money money, UsdRates rates, LocalDate date) {
        if (money == null) return null;
        return perUsd(rates, money.currency(), date).map(r -> toUsd(money.amount(), r)).orElse(null);
    }

    /** Whole US dollars, HALF_EVEN; null stays null. */
    public static BigDecimal roundUsd(BigDecimal usd) {
        return usd == null ? null : usd.setScale(0, RoundingMode.HALF_EVEN);
    }

    /** A rate to 6 significant digits, HALF_EVEN; null stays null. */
    public static BigDecimal roundRate(BigDecimal rate) {
        return rate == null ? null : rate.round(FX_DIGITS);
    }

    /** {@code (value / base − 1) × 100} to 2 decimals, HALF_EVEN; null when either is missing or base is 0. */
    public static BigDecimal returnPct(BigDecimal value, BigDecimal base) {
        if (value == null || base == null || base.signum() == 0) return null;
        return value.subtract(base).multiply(BigDecimal.valueOf(100))
                .divide(base, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_EVEN);
    }
}
