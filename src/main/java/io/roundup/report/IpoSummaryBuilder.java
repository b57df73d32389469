package io.roundup.report;

import io.roundup.domain.Company;
import io.roundup.domain.Listing;
import io.roundup.domain.PriceBar;
import io.roundup.domain.UsdRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds {@code ipo_summary.csv}: one row per {@link Listing}.
 *
 * <ul>
 *   <li>{@code company}: the registry name when the registry knows the listing's company (by
 *       name, else by ticker), otherwise the listing's name.</li>
 *   <li>first-day bar: the bar of the listing's ticker (asked under each spelling of
 *       {@link TickerKeys#spellings(String, String)}) on exactly the listing date; no bar → empty
 *       open/high/low/close/return/market cap.</li>
 *   <li>{@code first_day_return_pct} = (close / offer − 1) × 100, 2 decimals, HALF_EVEN. When
 *       both the first-day open and close are below half the offer price the bar is taken to be
 *       split-adjusted (not comparable with the offer): its prices are still shown, but return and
 *       market cap are left empty.</li>
 *   <li>{@code fx_rate}/{@code fx_date}: units of the listing currency per USD from the reference
 *       rates of the listing date (last quote on or before it), written to 6 significant digits;
 *       conversions use the unrounded rate. USD listings use 1.</li>
 *   <li>{@code proceeds_usd} = proceeds / rate; {@code market_cap_close} = shares × first-day
 *       close (exact, listing currency); {@code market_cap_close_usd} = market_cap_close / rate;
 *       USD values whole dollars, HALF_EVEN.</li>
 * </ul>
 * Missing inputs give empty cells, never zeros. Rows are sorted by listing date (undated last),
 * then exchange, ticker key and company.
 */
public final class IpoSummaryBuilder {

    private IpoSummaryBuilder() {
    }

    public static List<IpoSummary> build(ReportInput in) {
        CompanyNames names = new CompanyNames(in.companies());
        List<IpoSummary> rows = new ArrayList<>(in.listings().size());
        for (Listing l : in.listings()) rows.add(row(l, in, names));
        rows.sort(Comparator
                .comparing(IpoSummary::listingDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(IpoSummary::exchange, EventValues.TEXT)
                .thenComparing(r -> TickerKeys.key(r.exchange(), r.ticker()), EventValues.TEXT)
                .thenComparing(IpoSummary::company, EventValues.TEXT)
                .thenComparing(r -> r.cells().toString()));
        return rows;
    }

    /**
     * True when both the first-day open and close are below half the offer price: no real IPO opens
     * there, but a vendor series adjusted for later splits does (Yahoo's BIDU 2005-08-05 bar reads
     * 6.6 / 12.254 against the US$27 offer, after the 2010 ten-for-one split).
     */
    static boolean splitAdjusted(PriceBar bar, BigDecimal offer) {
        if (offer == null || offer.signum() <= 0 || bar.open() == null || bar.close() == null) return false;
        BigDecimal half = offer.multiply(SPLIT_SUSPECT_RATIO);
        return bar.open().compareTo(half) < 0 && bar.close().compareTo(half) < 0;
    }

    private static final BigDecimal SPLIT_SUSPECT_RATIO = new BigDecimal("0.5");

    private static IpoSummary row(Listing l, ReportInput in, CompanyNames names) {
        String key = TickerKeys.key(l.exchange(), l.ticker());
        String company = names.find(l.company())
                .or(() -> names.find(key))
                .map(Company::name)
                .orElse(l.company() == null ? null : l.company().strip());

        PriceBar bar = PriceQueries.on(in.prices(), l.exchange(), l.ticker(), l.listingDate()).orElse(null);
        BigDecimal close = bar == null ? null : bar.close();
        boolean comparable = bar != null && !splitAdjusted(bar, l.offerPrice());

        UsdRate rate = UsdMath.perUsd(in.rates(), l.currency(), l.listingDate()).orElse(null);
        BigDecimal cap = !comparable || close == null || l.shares() == null ? null
                : close.multiply(BigDecimal.valueOf(l.shares()));

        return new IpoSummary(company, l.exchange(), l.ticker(), l.listingDate(),
                l.currency() == null ? null : l.currency().getCurrencyCode(),
                l.offerPrice(),
                bar == null ? null : bar.open(),
                bar == null ? null : bar.high(),
                bar == null ? null : bar.low(),
                close,
                comparable ? UsdMath.returnPct(close, l.offerPrice()) : null,
                l.proceeds(),
                UsdMath.roundUsd(UsdMath.toUsd(l.proceeds(), rate)),
                rate == null ? null : UsdMath.roundRate(rate.perUsd()),
                rate == null ? null : rate.date(),
                l.shares(),
                cap,
                UsdMath.roundUsd(UsdMath.toUsd(cap, rate)));
    }
}
