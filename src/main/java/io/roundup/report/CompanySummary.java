package io.roundup.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One row of {@code company_summary.csv}. USD values are already rounded to whole dollars
 * (HALF_EVEN); {@code latestClose} and {@code latestMarketCap} are in the listing currency, exact.
 * Any field but {@code company} and {@code eventCount} may be null (empty cell); {@code country}
 * is an ISO code or empty.
 */
public record CompanySummary(String company, String country, BigDecimal totalRaisedUsd, int eventCount,
                             BigDecimal latestValuationUsd, LocalDate latestValuationDate,
                             String latestValuationSource, String ticker, BigDecimal latestClose,
                             LocalDate latestCloseDate, BigDecimal latestMarketCap,
                             String latestMarketCapCurrency, BigDecimal latestMarketCapUsd) {

    public static final String FILE_NAME = "company_summary.csv";

    public static final List<String> HEADER = List.of("company", "country", "total_raised_usd", "event_count",
            "latest_valuation_usd", "latest_valuation_date", "latest_valuation_source", "ticker", "latest_close",
            "latest_close_date", "latest_market_cap", "latest_market_cap_currency", "latest_market_cap_usd");

    public List<Object> cells() {
        return Arrays.asList(company, country, totalRaisedUsd, eventCount, latestValuationUsd, latestValuationDate,
                latestValuationSource, ticker, latestClose, latestCloseDate, latestMarketCap,
                latestMarketCapCurrency, latestMarketCapUsd);
    }

    public static CsvTable table(Collection<CompanySummary> rows) {
        CsvTable t = new CsvTable(HEADER);
        for (CompanySummary r : rows) t.addRow(r.cells());
        return t;
    }
}
