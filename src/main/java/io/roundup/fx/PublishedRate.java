package io.roundup.fx;

import io.roundup.domain.EuroRate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One exchange rate as a source published it: {@code rate} units of {@code quote} for one unit of
 * {@code base} on {@code date}. ECB reference rates have base EUR ({@code USD 1.1675} per EUR); FRED's
 * H.10 series are mostly per US dollar ({@code DEXHKUS}: base USD, quote HKD) and a few the other way
 * round ({@code DEXUSEU}: base EUR, quote USD). {@code source} names the publisher and series:
 * {@code "ECB"} for every ECB layout, {@code "FRED DEXHKUS"} for a FRED series; {@link #provider()} is its
 * first word, which {@link FxTable} uses for precedence.
 */
public record PublishedRate(LocalDate date, Currency base, Currency quote, BigDecimal rate, String source) {

    public static final String ECB = "ECB";
    public static final String FRED = "FRED";
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");

    public PublishedRate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
    }

    /** An ECB euro reference rate as a quote. */
    public static PublishedRate ecb(EuroRate r) {
        return new PublishedRate(r.date(), EUR, r.currency(), r.perEur(), ECB);
    }

    /** The publisher: the first word of {@link #source()} ({@code ECB}, {@code FRED}, ...). */
    public String provider() {
        int sp = source.indexOf(' ');
        return sp < 0 ? source : source.substring(0, sp);
    }

    /**
     * This quote as an ECB-style {@link EuroRate} (units per 1 EUR) when it is one: ECB source and EUR base.
     * FRED quotes are never turned into FxRates, so a store keyed by (date, currency) of ECB rates is not
     * mixed with other publishers.
     */
    public Optional<EuroRate> toEuroRate() {
        if (!ECB.equals(provider()) || !base.equals(EUR)) return Optional.empty();
        return Optional.of(new EuroRate(date, quote, rate));
    }

    /** Precedence rank of a source when two give the same currency and day: ECB 0, FRED 1, anything else 2. */
    public static int rank(String source) {
        if (source == null) return 3;
        if (source.equals(ECB) || source.startsWith(ECB + " ")) return 0;
        if (source.equals(FRED) || source.startsWith(FRED + " ")) return 1;
        return 2;
    }

    @Override
    public String toString() {
        return date + " " + rate.toPlainString() + " " + quote.getCurrencyCode() + "/" + base.getCurrencyCode() + " (" + source + ")";
    }
}
