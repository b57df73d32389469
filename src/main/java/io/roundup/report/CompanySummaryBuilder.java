package io.roundup.report;

import io.roundup.domain.Company;
import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Listing;
import io.roundup.domain.PriceBar;
import io.roundup.domain.UsdRate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds {@code company_summary.csv}.
 *
 * <p>Grouping: events and listings are grouped by company, the company being the registry entry
 * found by {@link io.roundup.company.CompanyRegistry} for the event's (or listing's) name, or the
 * name as written when the registry does not know it. Events with a blank company are ignored.
 * Registry companies without events and without listing get no row.
 *
 * <ul>
 *   <li>{@code country}: the registry country (upper-cased); for a company not in the registry the most frequent
 *       country carried by its events (ties: alphabetical), else empty.</li>
 *   <li>{@code total_raised_usd}: sum of the USD amounts of COMPLETED funding rounds and COMPLETED
 *       IPOs (acquisitions and planned / in-talks / reported / announced events do not count); empty
 *       when no such event has a known USD amount. An event without {@code amountUsd} is converted
 *       at the rate of its fx date or event date when possible (USD needs no rate).</li>
 *   <li>{@code event_count}: all events of the company, any type and status.</li>
 *   <li>latest valuation: among the post-money valuations in USD, the best by event date (newest
 *       first, undated last), then certainty (completed/announced before planned/in_talks/reported),
 *       then status order, then the larger value, then event id. Source {@code post_money:<status>}.
 *       For a listed company with shares, the market cap at the last close on or before the run
 *       date (shares × close, converted at that day's USD rate) replaces it when its date is later
 *       than the post-money date or the post-money valuation is undated; source {@code market_cap}.
 *       On the same day the post-money valuation stays.</li>
 *   <li>ticker / latest close / market cap: of the company's listing whose last close on or before
 *       the run date is newest (ties: listing with shares first, then exchange and ticker order).
 *       The ticker is written as in the listing (bare code, e.g. {@code 2513}). Market cap is empty
 *       without shares or without a bar; its USD value is empty without a rate.</li>
 * </ul>
 * Rows are sorted by {@code total_raised_usd} descending (empty last), then company name
 * (case-insensitive, then exact). Rounding: see {@link UsdMath}.
 */
public final class CompanySummaryBuilder {

    private CompanySummaryBuilder() {
    }

    private static final class Group {
        final String name;
        Company company;
        final List<FundingEvent> events = new ArrayList<>();
        final List<Listing> listings = new ArrayList<>();

        Group(String name) {
            this.name = name;
        }
    }

    private record Valuation(BigDecimal usd, LocalDate date, String source) {
    }

    private record Quote(Listing listing, PriceBar bar) {
    }

    public static List<CompanySummary> build(ReportInput in) {
        CompanyNames names = new CompanyNames(in.companies());
        Map<String, Group> groups = new TreeMap<>();
        for (FundingEvent e : in.events()) {
            if (e.company() == null || e.company().isBlank()) continue;
            Optional<Company> c = names.find(e.company());
            String name = c.map(Company::name).orElse(e.company().strip());
            Group g = groups.computeIfAbsent(name, Group::new);
            c.ifPresent(x -> g.company = x);
            g.events.add(e);
        }
        for (Listing l : in.listings()) {
            Optional<Company> c = names.find(l.company());
            if (c.isEmpty()) c = names.find(TickerKeys.key(l.exchange(), l.ticker()));
            String name = c.map(Company::name).orElse(l.company() == null ? "" : l.company().strip());
            if (name.isEmpty()) continue;
            Group g = groups.computeIfAbsent(name, Group::new);
            c.ifPresent(x -> g.company = x);
            g.listings.add(l);
        }

        List<CompanySummary> rows = new ArrayList<>(groups.size());
        for (Group g : groups.values()) rows.add(row(g, in));
        rows.sort(ORDER);
        return rows;
    }

    static final Comparator<CompanySummary> ORDER = Comparator
            .comparing(CompanySummary::totalRaisedUsd, EventValues.LARGEST_FIRST_NULLS_LAST)
            .thenComparing(CompanySummary::company, EventValues.TEXT);

    private static CompanySummary row(Group g, ReportInput in) {
        String country = country(g);

        BigDecimal raised = null;
        for (FundingEvent e : g.events) {
            if (e.status() != EventStatus.COMPLETED) continue;
            if (e.type() != EventType.FUNDING_ROUND && e.type() != EventType.IPO) continue;
            BigDecimal usd = EventValues.amountUsd(e, in.rates());
            if (usd != null) raised = raised == null ? usd : raised.add(usd);
        }

        Valuation valuation = latestPostMoney(g.events, in);

        Quote quote = quote(g.listings, in);
        String ticker = null;
        BigDecimal close = null;
        LocalDate closeDate = null;
        BigDecimal cap = null;
        String capCurrency = null;
        BigDecimal capUsd = null;
        if (quote != null) {
            ticker = quote.listing().ticker();
            if (quote.bar() != null) {
                close = quote.bar().close();
                closeDate = quote.bar().date();
                Long shares = quote.listing().shares();
                if (shares != null && close != null) {
                    cap = close.multiply(BigDecimal.valueOf(shares));
                    Currency currency = quote.listing().currency();
                    if (currency != null) {
                        capCurrency = currency.getCurrencyCode();
                        UsdRate rate = UsdMath.perUsd(in.rates(), currency, closeDate).orElse(null);
                        capUsd = UsdMath.toUsd(cap, rate);
                    }
                }
            }
        }
        if (capUsd != null && closeDate != null
                && (valuation == null || valuation.date() == null || closeDate.isAfter(valuation.date()))) {
            valuation = new Valuation(capUsd, closeDate, "market_cap");
        }

        return new CompanySummary(g.name, country, UsdMath.roundUsd(raised), g.events.size(),
                valuation == null ? null : UsdMath.roundUsd(valuation.usd()),
                valuation == null ? null : valuation.date(),
                valuation == null ? null : valuation.source(),
                ticker, close, closeDate, cap, capCurrency, UsdMath.roundUsd(capUsd));
    }

    private static String country(Group g) {
        if (g.company != null) return g.company.country() == null ? "" : g.company.country().strip().toUpperCase(Locale.ROOT);
        Map<String, Integer> counts = new TreeMap<>();
        for (FundingEvent e : g.events) {
            if (e.country() == null || e.country().isBlank()) continue;
            counts.merge(e.country().strip().toUpperCase(Locale.ROOT), 1, Integer::sum);
        }
        String best = "";
        int bestCount = 0;
        for (Map.Entry<String, Integer> en : counts.entrySet()) {
            if (en.getValue() > bestCount) {
                best = en.getKey();
                bestCount = en.getValue();
            }
        }
        return best;
    }

    private record PostMoney(FundingEvent event, BigDecimal usd) {
    }

    static final Comparator<FundingEvent> VALUATION_ORDER = Comparator
            .comparing(FundingEvent::date, EventValues.NEWEST_FIRST_NULLS_LAST)
            .thenComparingInt(e -> EventValues.certainty(e.status()))
            .thenComparingInt(e -> EventValues.statusRank(e.status()));

    private static Valuation latestPostMoney(List<FundingEvent> events, ReportInput in) {
        List<PostMoney> candidates = new ArrayList<>();
        for (FundingEvent e : events) {
            BigDecimal usd = EventValues.postMoneyUsd(e, in.rates());
            if (usd != null) candidates.add(new PostMoney(e, usd));
        }
        if (candidates.isEmpty()) return null;
        candidates.sort(Comparator.comparing(PostMoney::event, VALUATION_ORDER)
                .thenComparing(PostMoney::usd, Comparator.reverseOrder())
                .thenComparing(p -> p.event().eventId(), EventValues.TEXT));
        PostMoney best = candidates.get(0);
        String status = best.event().status() == null ? "unknown" : best.event().status().code();
        return new Valuation(best.usd(), best.event().date(), "post_money:" + status);
    }

    private static Quote quote(List<Listing> listings, ReportInput in) {
        List<Quote> quotes = new ArrayList<>();
        for (Listing l : listings) {
            PriceBar bar = PriceQueries.latestOnOrBefore(in.prices(), l.exchange(), l.ticker(), in.runDate())
                    .orElse(null);
            quotes.add(new Quote(l, bar));
        }
        if (quotes.isEmpty()) return null;
        quotes.sort(Comparator
                .comparing((Quote q) -> q.bar() == null ? null : q.bar().date(), EventValues.NEWEST_FIRST_NULLS_LAST)
                .thenComparing(q -> q.listing().shares() == null)
                .thenComparing(q -> q.listing().exchange(), EventValues.TEXT)
                .thenComparing(q -> q.listing().ticker(), EventValues.TEXT)
                .thenComparing(q -> q.listing().listingDate(), Comparator.nullsLast(Comparator.naturalOrder())));
        return quotes.get(0);
    }
}
