package io.roundup.report;

import io.roundup.domain.PriceBar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The IPOs of {@code ipo_summary.csv} with a small chart of the closes from the listing date over
 * the next {@value #CHART_DAYS} days (up to the run date), the offer price dashed.
 */
final class IpoSection {

    static final int CHART_DAYS = 90;

    private IpoSection() {
    }

    static String section(ReportInput in) {
        StringBuilder b = new StringBuilder("<section id=\"ipos\">\n<h2>IPOs</h2>\n");
        b.append("<table id=\"ipo-table\" class=\"sortable\"><thead><tr><th data-type=\"text\">Company</th><th data-type=\"text\">Exchange</th>"
                + "<th data-type=\"text\">Ticker</th><th data-type=\"text\">Listed</th><th data-type=\"num\">Offer price</th>"
                + "<th data-type=\"num\">First-day open</th><th data-type=\"num\">First-day close</th><th data-type=\"num\">First-day return</th>"
                + "<th data-type=\"num\">Proceeds</th><th data-type=\"text\">Price from listing</th></tr></thead><tbody>\n");
        for (IpoSummary r : IpoSummaryBuilder.build(in)) {
            b.append("<tr data-company=\"").append(Html.attr(r.company())).append("\"><td>").append(Html.text(r.company()))
                    .append("</td><td>").append(Html.text(r.exchange())).append("</td><td>").append(Html.text(r.ticker()))
                    .append("</td><td>").append(r.listingDate() == null ? "" : r.listingDate()).append("</td>");
            b.append(price(r.offerPrice(), r.currency())).append(price(r.firstDayOpen(), r.currency()))
                    .append(price(r.firstDayClose(), r.currency()));
            b.append("<td class=\"n return\" data-v=\"").append(Figures.exact(r.firstDayReturnPct())).append("\" title=\"")
                    .append(Figures.exact(r.firstDayReturnPct())).append(r.firstDayReturnPct() == null ? "" : " %").append("\">")
                    .append(Figures.percent(r.firstDayReturnPct())).append("</td>");
            b.append("<td class=\"n\" data-v=\"").append(Figures.exact(r.proceedsUsd())).append("\" title=\"")
                    .append(Html.attr(r.proceeds() == null ? "" : Figures.exact(r.proceeds()) + " " + r.currency()
                            + (r.fxRate() == null ? "" : " at " + Figures.rate(r.fxRate()) + "/USD, " + r.fxDate())))
                    .append("\">").append(Figures.amount(r.proceeds(), r.currency()));
            if (r.proceedsUsd() != null && !"USD".equals(r.currency())) b.append(" = ").append(Figures.usd(r.proceedsUsd()));
            b.append("</td><td class=\"chart\">").append(chart(in, r)).append("</td></tr>\n");
        }
        return b.append("</tbody></table>\n</section>\n").toString();
    }

    private static String price(BigDecimal v, String currency) {
        return "<td class=\"n\" data-v=\"" + Figures.exact(v) + "\" title=\"" + (v == null ? "" : Figures.exact(v) + " " + Html.attr(currency))
                + "\">" + Html.text(Figures.price(v, currency)) + "</td>";
    }

    private static String chart(ReportInput in, IpoSummary r) {
        if (r.listingDate() == null) return "";
        LocalDate end = r.listingDate().plusDays(CHART_DAYS);
        if (end.isAfter(in.runDate())) end = in.runDate();
        List<Svg.Point> points = new ArrayList<>();
        for (LocalDate d = r.listingDate(); !d.isAfter(end); d = d.plusDays(1)) {
            PriceBar bar = PriceQueries.on(in.prices(), r.exchange(), r.ticker(), d).orElse(null);
            if (bar == null || bar.close() == null) continue;
            points.add(new Svg.Point(d.toString(), bar.close(), d + " close " + Figures.price(bar.close(), r.currency())
                    + " (" + Figures.exact(bar.close()) + ")"));
        }
        return Svg.priceLine("Closes of " + r.company() + " from " + r.listingDate(), points, r.offerPrice(),
                "offer price " + Figures.price(r.offerPrice(), r.currency()));
    }
}
