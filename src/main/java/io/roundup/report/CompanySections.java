package io.roundup.report;

import io.roundup.domain.Company;
import io.roundup.domain.EventMarks;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The company table (sortable, searchable by any alias: 智谱 finds Zhipu AI) and each company's
 * timeline of events. Anchors are numbered ({@code c-1}, {@code c-2}…), never made from names.
 */
final class CompanySections {

    private final CompanyNames names;
    private final List<CompanySummary> summaries;
    private final ReportInput published;
    private final Map<String, EventMarks> marks;
    private final Map<String, List<FundingEvent>> timelines = new LinkedHashMap<>();
    private final Map<String, String> anchors = new LinkedHashMap<>();

    CompanySections(CompanyNames names, List<CompanySummary> summaries, ReportInput published, List<FundingEvent> ledger,
                    Map<String, EventMarks> marks) {
        this.names = names;
        this.summaries = summaries;
        this.published = published;
        this.marks = marks;
        for (CompanySummary s : summaries) timelines.put(s.company(), new ArrayList<>());
        List<FundingEvent> ordered = new ArrayList<>(ledger);
        ordered.sort(Comparator.comparing(FundingEvent::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(FundingEvent::eventId, Comparator.nullsLast(Comparator.naturalOrder())));
        for (FundingEvent e : ordered) {
            if (e.company() == null || e.company().isBlank()) continue;
            timelines.computeIfAbsent(names.canonical(e.company()), k -> new ArrayList<>()).add(e);
        }
        int i = 0;
        for (String company : timelines.keySet()) anchors.put(company, "c-" + (++i));
    }

    String table() {
        StringBuilder b = new StringBuilder("<section id=\"companies\">\n<h2>Companies</h2>\n");
        b.append("<input type=\"search\" id=\"company-search\" placeholder=\"Search a company, alias, country…\" "
                + "aria-label=\"Search companies\" data-filter=\"company-table\" data-count=\"company-count\"> ")
                .append("<span class=\"note\"><span id=\"company-count\">").append(summaries.size())
                .append("</span> shown; click a column to sort.</span>\n");
        b.append("<table id=\"company-table\" class=\"sortable\"><thead><tr><th data-type=\"text\">Company</th>"
                + "<th data-type=\"text\">Country</th><th data-type=\"num\">Total raised</th><th data-type=\"num\">Latest valuation</th>"
                + "<th data-type=\"text\">Valuation date</th><th data-type=\"text\">Basis</th><th data-type=\"text\">Last round</th>"
                + "<th data-type=\"num\">Events</th></tr></thead><tbody>\n");
        for (CompanySummary s : summaries) {
            Optional<Company> c = names.find(s.company());
            b.append("<tr data-names=\"").append(Html.attr(c.map(x -> String.join(" ", x.aliases())).orElse(""))).append("\">");
            b.append("<td data-v=\"").append(Html.attr(s.company())).append("\">");
            if (timelines.get(s.company()).isEmpty()) b.append(displayName(s.company(), c)); // a listing, no event
            else b.append("<a href=\"#").append(anchors.get(s.company())).append("\">").append(displayName(s.company(), c)).append("</a>");
            b.append("</td>");
            b.append("<td>").append(Html.text(s.country())).append("</td>");
            b.append(usdCell(s.totalRaisedUsd())).append(usdCell(s.latestValuationUsd()));
            b.append("<td>").append(s.latestValuationDate() == null ? "" : s.latestValuationDate()).append("</td>");
            b.append("<td>").append(Html.text(Headline.basis(s))).append("</td>");
            b.append("<td>").append(lastRound(s.company())).append("</td>");
            b.append("<td class=\"n\" data-v=\"").append(s.eventCount()).append("\">").append(s.eventCount()).append("</td></tr>\n");
        }
        return b.append("</tbody></table>\n</section>\n").toString();
    }

    String timelines() {
        StringBuilder b = new StringBuilder("<section id=\"timelines\">\n<h2>Timelines</h2>\n");
        for (Map.Entry<String, List<FundingEvent>> t : timelines.entrySet()) {
            if (t.getValue().isEmpty()) continue;
            b.append("<article class=\"company\" id=\"").append(anchors.get(t.getKey())).append("\" data-company=\"")
                    .append(Html.attr(t.getKey())).append("\">\n<h3>").append(displayName(t.getKey(), names.find(t.getKey())))
                    .append("</h3>\n<ol class=\"timeline\">\n");
            for (FundingEvent e : t.getValue()) b.append(EventCard.html(e, marks.getOrDefault(e.eventId(), EventMarks.NONE)));
            b.append("</ol>\n</article>\n");
        }
        return b.append("</section>\n").toString();
    }

    /** The registry name, with its first name in Chinese characters when it has one: {@code Zhipu AI 智谱}. */
    static String displayName(String name, Optional<Company> company) {
        String han = company.flatMap(c -> c.aliases().stream().filter(CompanySections::han).findFirst()).orElse(null);
        return Html.text(name) + (han == null ? "" : " <span class=\"han\" lang=\"zh\">" + Html.text(han) + "</span>");
    }

    private static boolean han(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private String lastRound(String company) {
        FundingEvent last = null;
        for (FundingEvent e : published.events()) {
            if (e.type() != EventType.FUNDING_ROUND || e.date() == null || !names.canonical(e.company()).equals(company)) continue;
            if (last == null || e.date().isAfter(last.date())) last = e;
        }
        if (last == null) return "";
        String label = last.roundLabel() == null || last.roundLabel().isBlank() ? "round" : last.roundLabel();
        return Html.text(label) + " · " + last.date() + (last.amountUsd() == null ? ""
                : " · <span title=\"" + Figures.exact(last.amountUsd()) + " USD\">" + Figures.usd(last.amountUsd()) + "</span>");
    }

    static String usdCell(BigDecimal usd) {
        if (usd == null) return "<td class=\"n\" data-v=\"\"></td>";
        return "<td class=\"n\" data-v=\"" + Figures.exact(usd) + "\" title=\"" + Figures.exact(usd) + " USD\">"
                + Figures.usd(usd) + "</td>";
    }
}
