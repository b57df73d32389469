package io.roundup.report;

import io.roundup.domain.Company;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds {@code country_summary.csv} from the company rows (so each country row adds up the
 * company rows a reader sees) plus the funding-round events.
 *
 * <ul>
 *   <li>{@code country}: the company row's country, upper-cased; empty becomes {@code unknown}.</li>
 *   <li>{@code companies}: number of company rows of that country.</li>
 *   <li>{@code total_raised_usd}: sum of the companies' {@code total_raised_usd} (empty when none
 *       is known).</li>
 *   <li>{@code sum_latest_valuations_usd}: sum of the companies' {@code latest_valuation_usd}
 *       (post-money or market cap, see {@link CompanySummaryBuilder}); empty when none is known.</li>
 *   <li>largest round: the largest USD amount among {@code funding_round} events of any status
 *       (IPOs and acquisitions excluded) of the country's companies; ties go to the more certain
 *       status, then the newer date, then company name, then event id. The company is written by
 *       its summary name, the status as its code.</li>
 * </ul>
 * Rows are sorted by {@code total_raised_usd} descending (empty last), then country code.
 */
public final class CountrySummaryBuilder {

    private CountrySummaryBuilder() {
    }

    private static final class Acc {
        final String country;
        int companies;
        BigDecimal raised;
        BigDecimal valuations;
        FundingEvent largest;
        BigDecimal largestUsd;
        String largestCompany;

        Acc(String country) {
            this.country = country;
        }
    }

    public static List<CountrySummary> build(ReportInput in) {
        return build(in, CompanySummaryBuilder.build(in));
    }

    /** Country rows over already built company rows (which must come from the same input). */
    public static List<CountrySummary> build(ReportInput in, List<CompanySummary> companyRows) {
        Map<String, Acc> byCountry = new TreeMap<>();
        Map<String, String> countryOfCompany = new HashMap<>();
        for (CompanySummary r : companyRows) {
            String country = countryKey(r.country());
            countryOfCompany.put(r.company(), country);
            Acc a = byCountry.computeIfAbsent(country, Acc::new);
            a.companies++;
            a.raised = add(a.raised, r.totalRaisedUsd());
            a.valuations = add(a.valuations, r.latestValuationUsd());
        }

        CompanyNames names = new CompanyNames(in.companies());
        for (FundingEvent e : in.events()) {
            if (e.type() != EventType.FUNDING_ROUND) continue;
            if (e.company() == null || e.company().isBlank()) continue;
            BigDecimal usd = EventValues.amountUsd(e, in.rates());
            if (usd == null) continue;
            Optional<Company> c = names.find(e.company());
            String name = c.map(Company::name).orElse(e.company().strip());
            String country = countryOfCompany.get(name);
            if (country == null) {
                // company rows built from other input: fall back to registry / event country
                country = countryKey(c.map(Company::country).orElse(e.country()));
            }
            Acc a = byCountry.computeIfAbsent(country, Acc::new);
            if (a.largest == null || LARGEST_ROUND.compare(new Round(e, usd, name),
                    new Round(a.largest, a.largestUsd, a.largestCompany)) < 0) {
                a.largest = e;
                a.largestUsd = usd;
                a.largestCompany = name;
            }
        }

        List<CountrySummary> rows = new ArrayList<>(byCountry.size());
        for (Acc a : byCountry.values()) {
            rows.add(new CountrySummary(a.country, a.companies, a.raised, a.valuations,
                    UsdMath.roundUsd(a.largestUsd), a.largestCompany,
                    a.largest == null || a.largest.status() == null ? null : a.largest.status().code()));
        }
        rows.sort(Comparator.comparing(CountrySummary::totalRaisedUsd, EventValues.LARGEST_FIRST_NULLS_LAST)
                .thenComparing(CountrySummary::country));
        return rows;
    }

    private record Round(FundingEvent event, BigDecimal usd, String company) {
    }

    private static final Comparator<Round> LARGEST_ROUND = Comparator
            .comparing(Round::usd, Comparator.reverseOrder())
            .thenComparingInt(r -> EventValues.statusRank(r.event().status()))
            .thenComparing(r -> r.event().date(), EventValues.NEWEST_FIRST_NULLS_LAST)
            .thenComparing(Round::company, EventValues.TEXT)
            .thenComparing(r -> r.event().eventId(), EventValues.TEXT);

    static String countryKey(String country) {
        if (country == null || country.isBlank()) return CountrySummary.UNKNOWN;
        return country.strip().toUpperCase(Locale.ROOT);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal v) {
        if (v == null) return sum;
        return sum == null ? v : sum.add(v);
    }
}
