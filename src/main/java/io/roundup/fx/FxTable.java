package io.roundup.fx;

import io.roundup.domain.FxRate;
import io.roundup.domain.UsdRate;
import io.roundup.domain.UsdRates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * ECB euro reference rates turned into rates against the US dollar.
 *
 * <p>{@link #on(Currency, LocalDate)} looks for the last ECB day on or before {@code date} on which
 * both the currency and USD were quoted, and returns {@code perUsd = rate(currency) / rate(USD)}
 * (both per 1 EUR) with that day's date. EUR is {@code 1 / rate(USD)}. USD is exactly 1, dated the
 * last ECB day on or before {@code date} (or {@code date} itself when the table has no USD quote
 * that early), so a USD amount always converts.
 *
 * <p>Rounding: the quotient is computed with {@link MathContext#DECIMAL64} (16 significant digits,
 * {@code HALF_EVEN}); ECB inputs have at most 6 significant digits, so the 16-digit result is exact
 * to far below any amount we report. Callers that print rates round again for display.
 *
 * <p>Note: the lookup does not limit how stale a quote may be; a currency the ECB stopped quoting
 * (RUB after 2022-03-01, BGN after 2025-12-31) keeps its last rate for every later date.
 * Immutable and thread-safe once built.
 */
public final class FxTable implements UsdRates {

    static final MathContext MC = MathContext.DECIMAL64;
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private final Map<Currency, NavigableMap<LocalDate, BigDecimal>> perEur;

    private FxTable(Map<Currency, NavigableMap<LocalDate, BigDecimal>> perEur) {
        this.perEur = perEur;
    }

    /** A table of the given rates; for a repeated (date, currency) the first rate wins. */
    public static FxTable of(Collection<FxRate> rates) {
        return builder().addAll(rates).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<UsdRate> on(Currency currency, LocalDate date) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
        NavigableMap<LocalDate, BigDecimal> usd = perEur.get(USD);
        if (currency.equals(USD)) {
            LocalDate day = usd == null ? null : usd.floorKey(date);
            return Optional.of(new UsdRate(day == null ? date : day, BigDecimal.ONE));
        }
        if (usd == null) return Optional.empty();
        if (currency.equals(EUR)) {
            Map.Entry<LocalDate, BigDecimal> u = usd.floorEntry(date);
            if (u == null) return Optional.empty();
            return Optional.of(new UsdRate(u.getKey(), BigDecimal.ONE.divide(u.getValue(), MC)));
        }
        NavigableMap<LocalDate, BigDecimal> cur = perEur.get(currency);
        if (cur == null) return Optional.empty();
        for (Map.Entry<LocalDate, BigDecimal> c = cur.floorEntry(date); c != null; c = cur.lowerEntry(c.getKey())) {
            BigDecimal u = usd.get(c.getKey());
            if (u != null) return Optional.of(new UsdRate(c.getKey(), c.getValue().divide(u, MC)));
        }
        return Optional.empty();
    }

    /** Currencies with at least one quote (EUR itself is implied and not listed). */
    public Set<Currency> currencies() {
        return Set.copyOf(perEur.keySet());
    }

    /** The quote for {@code currency} on exactly {@code date}, units per 1 EUR, if the ECB published one. */
    public Optional<BigDecimal> perEur(Currency currency, LocalDate date) {
        NavigableMap<LocalDate, BigDecimal> m = perEur.get(currency);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(date));
    }

    /** Number of (date, currency) quotes held. */
    public int size() {
        return perEur.values().stream().mapToInt(Map::size).sum();
    }

    /** Collects rates one at a time, e.g. while streaming an {@link EcbHistoryReader}. Not thread-safe. */
    public static final class Builder {
        private final Map<Currency, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();

        private Builder() {
        }

        /** Adds one quote; a second quote for the same (date, currency) is ignored (first wins). */
        public Builder add(FxRate rate) {
            Objects.requireNonNull(rate, "rate");
            if (rate.date() == null || rate.currency() == null || rate.perEur() == null) {
                throw new IllegalArgumentException("FX rate needs date, currency and perEur, got " + rate);
            }
            if (rate.perEur().signum() <= 0) {
                throw new IllegalArgumentException("FX rate " + rate.currency() + " on " + rate.date()
                        + " expected a positive perEur, got " + rate.perEur().toPlainString());
            }
            if (rate.currency().equals(EUR)) return this; // EUR per EUR carries no information
            rates.computeIfAbsent(rate.currency(), c -> new TreeMap<>()).putIfAbsent(rate.date(), rate.perEur());
            return this;
        }

        public Builder addAll(Collection<FxRate> all) {
            for (FxRate r : all) add(r);
            return this;
        }

        public FxTable build() {
            Map<Currency, NavigableMap<LocalDate, BigDecimal>> copy = new HashMap<>();
            rates.forEach((c, m) -> copy.put(c, new TreeMap<>(m)));
            return new FxTable(Map.copyOf(copy));
        }
    }
}
