package io.roundup.fx;

import io.roundup.domain.EuroRate;
import io.roundup.domain.UsdRate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exchange rates from the ECB (per euro) and from other publishers such as FRED (per US dollar),
 * turned into rates against the US dollar.
 *
 * <p><b>ECB rates.</b> For a currency X the ECB rate of a day is {@code perUsd = rate(X) / rate(USD)}
 * (both per 1 EUR, both of that day). EUR is {@code 1 / rate(USD)}.
 *
 * <p><b>Direct USD rates</b> (FRED and any non-ECB source): a quote with base USD gives {@code perUsd}
 * as it stands ({@code DEXHKUS} 7.7924 HKD per USD); a quote with quote currency USD is inverted
 * ({@code DEXUSEU} 1.1812 USD per EUR gives 1/1.1812 EUR per USD). Other cross rates from non-ECB
 * sources are not used ({@link #ignored()} counts them).
 *
 * <p><b>Lookup and precedence.</b> {@link #quote(Currency, LocalDate)} takes, among all sources, the
 * <em>latest day on or before {@code date}</em> that has a rate for the currency (for an ECB rate:
 * both X and USD quoted that day). When several sources have that same day, <b>ECB wins over FRED, and
 * FRED over any other source</b> (rank by {@link PublishedRate#rank(String)}); between two quotes of the same
 * rank for the same day the first added wins. So the ECB rate is used whenever the ECB published one
 * that day, and FRED fills the days and currencies the ECB lacks (TARGET holidays, currencies the ECB
 * stopped quoting, series the ECB never had), never the other way round; a FRED rate of a later day is
 * preferred to an ECB rate of an earlier one. The chosen source is in {@link SourcedUsdRate#source()}
 * ({@code ECB}, {@code FRED DEXHKUS}, ...); {@link #on(Currency, LocalDate)} gives the same rate without it.
 * USD is exactly 1, dated the last ECB day on or before {@code date} (or {@code date} itself when the
 * table has no ECB USD quote that early), source {@code identity}, so a USD amount always converts.
 *
 * <p>Rounding: quotients use {@link MathContext#DECIMAL64} (16 significant digits, {@code HALF_EVEN});
 * inputs have at most 6 significant digits, so the result is exact to far below any amount we report.
 *
 * <p>Note: the lookup does not limit how stale a quote may be; a currency no source quotes any more
 * (RUB after 2022-03-01 at the ECB) keeps its last rate for every later date.
 * Immutable and thread-safe once built.
 */
public final class FxTable implements SourcedUsdRates {

    static final MathContext MC = MathContext.DECIMAL64;
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    /** A direct rate against USD with its source. */
    private record Direct(BigDecimal perUsd, String source, int rank) {
    }

    private final Map<Currency, NavigableMap<LocalDate, BigDecimal>> perEur;
    private final Map<Currency, NavigableMap<LocalDate, Direct>> direct;
    private final int ignored;

    private FxTable(Map<Currency, NavigableMap<LocalDate, BigDecimal>> perEur,
                    Map<Currency, NavigableMap<LocalDate, Direct>> direct, int ignored) {
        this.perEur = perEur;
        this.direct = direct;
        this.ignored = ignored;
    }

    /** A table of the given ECB rates; for a repeated (date, currency) the first rate wins. */
    public static FxTable of(Collection<EuroRate> rates) {
        return builder().addAll(rates).build();
    }

    /** A table of quotes from any source (ECB, FRED, ...), precedence as in the class comment. */
    public static FxTable ofPublished(Collection<PublishedRate> quotes) {
        Builder b = builder();
        for (PublishedRate q : quotes) b.add(q);
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<UsdRate> on(Currency currency, LocalDate date) {
        return quote(currency, date).map(SourcedUsdRate::toUsdRate);
    }

    /**
     * The rate against USD for {@code currency} of the latest day on or before {@code date}, with the
     * source chosen by the precedence rule of the class comment; empty when no source has one.
     */
    @Override
    public Optional<SourcedUsdRate> quote(Currency currency, LocalDate date) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
        NavigableMap<LocalDate, BigDecimal> usd = perEur.get(USD);
        if (currency.equals(USD)) {
            LocalDate day = usd == null ? null : usd.floorKey(date);
            return Optional.of(new SourcedUsdRate(day == null ? date : day, BigDecimal.ONE, SourcedUsdRate.IDENTITY));
        }
        SourcedUsdRate ecb = ecbQuote(currency, date, usd);
        SourcedUsdRate other = null;
        NavigableMap<LocalDate, Direct> d = direct.get(currency);
        Map.Entry<LocalDate, Direct> e = d == null ? null : d.floorEntry(date);
        if (e != null) other = new SourcedUsdRate(e.getKey(), e.getValue().perUsd(), e.getValue().source());
        if (ecb == null) return Optional.ofNullable(other);
        if (other == null) return Optional.of(ecb);
        return Optional.of(other.date().isAfter(ecb.date()) ? other : ecb);
    }

    private SourcedUsdRate ecbQuote(Currency currency, LocalDate date, NavigableMap<LocalDate, BigDecimal> usd) {
        if (usd == null) return null;
        if (currency.equals(EUR)) {
            Map.Entry<LocalDate, BigDecimal> u = usd.floorEntry(date);
            return u == null ? null : new SourcedUsdRate(u.getKey(), BigDecimal.ONE.divide(u.getValue(), MC), PublishedRate.ECB);
        }
        NavigableMap<LocalDate, BigDecimal> cur = perEur.get(currency);
        if (cur == null) return null;
        for (Map.Entry<LocalDate, BigDecimal> c = cur.floorEntry(date); c != null; c = cur.lowerEntry(c.getKey())) {
            BigDecimal u = usd.get(c.getKey());
            if (u != null) return new SourcedUsdRate(c.getKey(), c.getValue().divide(u, MC), PublishedRate.ECB);
        }
        return null;
    }

    /** Currencies with at least one ECB or direct quote (EUR itself only when some source quotes it against USD). */
    public Set<Currency> currencies() {
        Set<Currency> all = new HashSet<>(perEur.keySet());
        all.addAll(direct.keySet());
        return Set.copyOf(all);
    }

    /** The ECB quote for {@code currency} on exactly {@code date}, units per 1 EUR, if the ECB published one. */
    public Optional<BigDecimal> perEur(Currency currency, LocalDate date) {
        NavigableMap<LocalDate, BigDecimal> m = perEur.get(currency);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(date));
    }

    /** Number of (date, currency) quotes held, ECB and direct. */
    public int size() {
        return perEur.values().stream().mapToInt(Map::size).sum() + direct.values().stream().mapToInt(Map::size).sum();
    }

    /** Quotes added but not usable: cross rates between two non-USD currencies from a non-ECB source. */
    public int ignored() {
        return ignored;
    }

    /** Collects rates one at a time, e.g. while streaming a reader. Not thread-safe. */
    public static final class Builder {
        private final Map<Currency, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();
        private final Map<Currency, TreeMap<LocalDate, Direct>> direct = new HashMap<>();
        private int ignored;

        private Builder() {
        }

        /** Adds one ECB quote; a second quote for the same (date, currency) is ignored (first wins). */
        public Builder add(EuroRate rate) {
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

        public Builder addAll(Collection<EuroRate> all) {
            for (EuroRate r : all) add(r);
            return this;
        }

        /**
         * Adds one quote of any source: an ECB quote per EUR goes with the ECB rates, a quote with USD on
         * either side becomes a direct rate (for a currency and day the lower {@link PublishedRate#rank(String)}
         * wins, then the first added); anything else is counted in {@link FxTable#ignored()}.
         */
        public Builder add(PublishedRate q) {
            Objects.requireNonNull(q, "quote");
            if (q.rate().signum() <= 0) {
                throw new IllegalArgumentException("FX quote " + q + " expected a positive rate");
            }
            if (q.base().equals(q.quote())) return this;
            Optional<EuroRate> ecb = q.toEuroRate();
            if (ecb.isPresent()) return add(ecb.get());
            Currency c;
            BigDecimal perUsd;
            if (q.base().equals(USD)) {
                c = q.quote();
                perUsd = q.rate();
            } else if (q.quote().equals(USD)) {
                c = q.base();
                perUsd = BigDecimal.ONE.divide(q.rate(), MC);
            } else {
                ignored++;
                return this;
            }
            int rank = PublishedRate.rank(q.source());
            TreeMap<LocalDate, Direct> m = direct.computeIfAbsent(c, k -> new TreeMap<>());
            Direct old = m.get(q.date());
            if (old == null || rank < old.rank()) m.put(q.date(), new Direct(perUsd, q.source(), rank));
            return this;
        }

        public FxTable build() {
            Map<Currency, NavigableMap<LocalDate, BigDecimal>> copy = new HashMap<>();
            rates.forEach((c, m) -> copy.put(c, new TreeMap<>(m)));
            Map<Currency, NavigableMap<LocalDate, Direct>> d = new HashMap<>();
            direct.forEach((c, m) -> d.put(c, new TreeMap<>(m)));
            return new FxTable(Map.copyOf(copy), Map.copyOf(d), ignored);
        }
    }
}
