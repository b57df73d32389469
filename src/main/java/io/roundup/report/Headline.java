package io.roundup.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The comparison the seed article makes: the latest valuations of the Chinese AI companies added
 * up, against each of the top US labs alone (the {@value #US_LABS} US companies with the highest
 * latest valuation), and the total raised per country. Figures are those of
 * {@code company_summary.csv} and {@code country_summary.csv}; the table under the bars gives each
 * valuation's date and basis.
 */
final class Headline {

    static final int US_LABS = 3;
    private static final String CHINA = "CN";

    private Headline() {
    }

    static String section(List<CompanySummary> companies, List<CountrySummary> countries) {
        List<CompanySummary> chinese = valued(companies, CHINA);
        List<CompanySummary> labs = valued(companies, "US").stream().limit(US_LABS).toList();
        BigDecimal chinaSum = chinese.stream().map(CompanySummary::latestValuationUsd).reduce(BigDecimal.ZERO, BigDecimal::add);

        List<Svg.Bar> comparison = new ArrayList<>();
        StringBuilder parts = new StringBuilder("Sum of latest valuations:");
        for (CompanySummary c : chinese) parts.append("\n").append(c.company()).append(": ").append(Figures.usd(c.latestValuationUsd()));
        parts.append("\n= ").append(Figures.exact(chinaSum)).append(" USD");
        comparison.add(new Svg.Bar("Chinese AI companies (" + chinese.size() + ")", chinaSum, Figures.usd(chinaSum),
                parts.toString(), "cn"));
        for (CompanySummary lab : labs) {
            BigDecimal v = lab.latestValuationUsd();
            String times = chinaSum.signum() > 0 ? " · " + v.divide(chinaSum, 1, RoundingMode.HALF_EVEN).toPlainString() + "× China" : "";
            comparison.add(new Svg.Bar(lab.company(), v, Figures.usd(v) + times,
                    lab.company() + ": " + Figures.exact(v) + " USD, " + basis(lab) + ", " + date(lab), "us"));
        }

        List<Svg.Bar> raised = new ArrayList<>();
        for (CountrySummary k : countries) {
            if (k.totalRaisedUsd() == null) continue;
            raised.add(new Svg.Bar(k.country(), k.totalRaisedUsd(), Figures.usd(k.totalRaisedUsd()),
                    k.country() + ": " + Figures.exact(k.totalRaisedUsd()) + " USD raised by " + k.companies()
                            + " companies (completed rounds and IPOs)", k.country().equals(CHINA) ? "cn" : k.country().equals("US") ? "us" : "other"));
        }
        raised.sort(Comparator.comparing(Svg.Bar::value, Comparator.reverseOrder()));

        StringBuilder b = new StringBuilder("<section id=\"headline\">\n<h2>Headline: China's AI companies against the top US labs</h2>\n");
        b.append("<h3>Sum of the latest valuations of the Chinese AI companies vs each top US lab</h3>\n");
        b.append("<div id=\"comparison\">").append(Svg.bars("Latest valuations in US$", comparison)).append("</div>\n");
        b.append("<h3>Total raised per country</h3>\n<div id=\"raised-by-country\">")
                .append(Svg.bars("Total raised per country in US$", raised)).append("</div>\n");
        b.append("<p class=\"basis\">FX basis: amounts in other currencies are converted at the ECB reference rate "
                + "(FRED's where the ECB has none) of the event's date, or of the article's date when it gives no day; "
                + "a listed company's latest valuation is its market cap at the last close, at that day's rate. "
                + "Each event below shows its rate and date. Total raised counts completed rounds and IPOs; "
                + "events in review are left out.</p>\n");
        b.append("<table id=\"valuation-basis\"><thead><tr><th>Company</th><th>Country</th><th data-type=\"num\">Latest valuation</th>"
                + "<th>Date</th><th>Basis</th></tr></thead><tbody>\n");
        List<CompanySummary> rows = new ArrayList<>(chinese);
        rows.addAll(labs);
        for (CompanySummary c : rows) {
            b.append("<tr><td>").append(Html.text(c.company())).append("</td><td>").append(Html.text(c.country()))
                    .append("</td><td class=\"n\" title=\"").append(Figures.exact(c.latestValuationUsd())).append(" USD\">")
                    .append(Figures.usd(c.latestValuationUsd())).append("</td><td>").append(date(c))
                    .append("</td><td>").append(Html.text(basis(c))).append("</td></tr>\n");
        }
        return b.append("</tbody></table>\n</section>\n").toString();
    }

    private static List<CompanySummary> valued(List<CompanySummary> companies, String country) {
        return companies.stream()
                .filter(c -> country.equals(c.country()) && c.latestValuationUsd() != null)
                .sorted(Comparator.comparing(CompanySummary::latestValuationUsd, Comparator.reverseOrder())
                        .thenComparing(CompanySummary::company))
                .toList();
    }

    static String basis(CompanySummary c) {
        String s = c.latestValuationSource();
        if (s == null) return "";
        if (s.equals("market_cap")) return "market cap at the close (shares × close)";
        if (s.startsWith("post_money:")) return "post-money valuation, " + s.substring("post_money:".length()).replace('_', ' ');
        return s;
    }

    private static String date(CompanySummary c) {
        return c.latestValuationDate() == null ? "undated" : c.latestValuationDate().toString();
    }
}
