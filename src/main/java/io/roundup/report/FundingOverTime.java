package io.roundup.report;

import io.roundup.domain.Company;
import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Money raised per month and country, stacked: the completed rounds and IPOs that
 * {@code total_raised_usd} counts, by event date (undated events cannot be placed and are counted
 * in a note). Every month between the first and the last is a column, so gaps show.
 */
final class FundingOverTime {

    private FundingOverTime() {
    }

    static String section(ReportInput in, CompanyNames names) {
        TreeMap<YearMonth, Map<String, BigDecimal>> byMonth = new TreeMap<>();
        Map<String, BigDecimal> byCountry = new HashMap<>();
        int undated = 0;
        for (FundingEvent e : in.events()) {
            if (e.status() != EventStatus.COMPLETED) continue;
            if (e.type() != EventType.FUNDING_ROUND && e.type() != EventType.IPO) continue;
            BigDecimal usd = EventValues.amountUsd(e, in.rates());
            if (usd == null) continue;
            if (e.date() == null) {
                undated++;
                continue;
            }
            String country = country(e, names);
            byMonth.computeIfAbsent(YearMonth.from(e.date()), m -> new HashMap<>()).merge(country, usd, BigDecimal::add);
            byCountry.merge(country, usd, BigDecimal::add);
        }
        List<String> series = new ArrayList<>(byCountry.keySet());
        series.sort(Comparator.comparing((String k) -> byCountry.get(k), Comparator.reverseOrder()).thenComparing(k -> k));
        List<String> columns = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        if (!byMonth.isEmpty()) {
            YearMonth last = byMonth.lastKey();
            for (YearMonth m = byMonth.firstKey(); !m.isAfter(last); m = m.plusMonths(1)) {
                columns.add(m.toString());
                values.put(m.toString(), byMonth.getOrDefault(m, Map.of()));
            }
        }
        StringBuilder b = new StringBuilder("<section id=\"over-time\">\n<h2>Funding over time</h2>\n");
        b.append("<p class=\"note\">Completed rounds and IPOs per month, in US$, stacked by country.");
        if (undated > 0) b.append(' ').append(undated).append(" undated event(s) are not shown.");
        b.append("</p>\n");
        if (columns.isEmpty()) return b.append("<p>No dated completed funding yet.</p>\n</section>\n").toString();
        b.append(Svg.stacked("Funding per month by country in US$", columns, series, values, Figures::usd));
        return b.append("</section>\n").toString();
    }

    static String country(FundingEvent e, CompanyNames names) {
        String c = names.find(e.company()).map(Company::country).orElse(e.country());
        return c == null || c.isBlank() ? CountrySummary.UNKNOWN : c.strip().toUpperCase(Locale.ROOT);
    }
}
