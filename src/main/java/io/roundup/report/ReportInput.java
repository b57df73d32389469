package io.roundup.report;

import io.roundup.domain.Company;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Listing;
import io.roundup.domain.UsdRates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the summaries are computed from. Null lists become empty, a null price lookup knows
 * no prices, null rates know no currency but USD; {@code runDate} is required (market caps are
 * taken at the last close on or before it). Null elements of the lists are dropped.
 */
public record ReportInput(List<FundingEvent> events, List<Company> companies, List<Listing> listings,
                          PriceLookup prices, UsdRates rates, LocalDate runDate) {

    public ReportInput {
        events = clean(events);
        companies = clean(companies);
        listings = clean(listings);
        if (prices == null) prices = PriceLookup.none();
        if (rates == null) rates = (currency, date) -> Optional.empty();
        Objects.requireNonNull(runDate, "runDate");
    }

    private static <T> List<T> clean(List<T> list) {
        if (list == null) return List.of();
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) if (t != null) out.add(t);
        return Collections.unmodifiableList(out);
    }
}
