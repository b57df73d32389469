package io.roundup.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One row of {@code country_summary.csv}. {@code country} is an ISO code or {@code unknown}; USD
 * values are whole dollars; {@code largestRoundStatus} is an {@link io.roundup.domain.EventStatus}
 * code. Sums and the largest round are null (empty cell) when no value is known.
 */
public record CountrySummary(String country, int companies, BigDecimal totalRaisedUsd,
                             BigDecimal sumLatestValuationsUsd, BigDecimal largestRoundUsd,
                             String largestRoundCompany, String largestRoundStatus) {

    public static final String FILE_NAME = "country_summary.csv";
    public static final String UNKNOWN = "unknown";

    public static final List<String> HEADER = List.of("country", "companies", "total_raised_usd",
            "sum_latest_valuations_usd", "largest_round_usd", "largest_round_company", "largest_round_status");

    public List<Object> cells() {
        return Arrays.asList(country, companies, totalRaisedUsd, sumLatestValuationsUsd, largestRoundUsd,
                largestRoundCompany, largestRoundStatus);
    }

    public static CsvTable table(Collection<CountrySummary> rows) {
        CsvTable t = new CsvTable(HEADER);
        for (CountrySummary r : rows) t.addRow(r.cells());
        return t;
    }
}
