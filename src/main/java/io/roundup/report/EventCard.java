package io.roundup.report;

import io.roundup.domain.EventMarks;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * One event of a timeline: date, type, round, status, review and correction marks; each figure in
 * its original currency and in US$ with the rate, its date and source; the evidence sentence; the
 * sources (web addresses as links, files as text); where sources disagree, the conflicts.
 */
final class EventCard {

    private EventCard() {
    }

    static String html(FundingEvent e, EventMarks m) {
        StringBuilder b = new StringBuilder("<li class=\"event");
        if (m.pending()) b.append(" pending");
        if (!m.correctedFields().isEmpty()) b.append(" corrected");
        b.append("\" data-event-id=\"").append(Html.attr(e.eventId())).append("\">\n<div class=\"head\">");
        b.append("<time>").append(e.date() == null ? "undated" : e.date().toString()).append("</time>");
        b.append("<b>").append(Html.text(typeName(e))).append("</b>");
        if (e.roundLabel() != null && !e.roundLabel().isBlank()) b.append(" ").append(Html.text(e.roundLabel()));
        if (e.status() != null) {
            b.append(" <span class=\"status ").append(e.status().code()).append("\">").append(e.status().code().replace('_', ' '))
                    .append("</span>");
        }
        if (m.review() != null) {
            b.append("<span class=\"mark ").append(m.pending() ? "review" : "approved").append("\">")
                    .append(m.pending() ? "in review" : "review approved").append("</span>");
        }
        if (!m.correctedFields().isEmpty()) {
            b.append("<span class=\"mark corrected\">corrected: ").append(Html.text(String.join(", ", m.correctedFields())))
                    .append("</span>");
        }
        b.append("</div>\n<div class=\"figures\">");
        figure(b, "amount", e.amount(), e.amountUsd(), e);
        figure(b, "post-money", e.postMoney(), e.postMoneyUsd(), e);
        figure(b, "pre-money", e.preMoney(), e.preMoneyUsd(), e);
        if (e.offerPrice() != null) {
            b.append("<span class=\"fig\">offer price <span title=\"").append(Html.attr(e.offerPrice())).append("\">")
                    .append(Figures.price(e.offerPrice().amount(), e.offerPrice().currencyCode())).append("</span></span> ");
        }
        if (e.proceeds() != null) figure(b, "proceeds", e.proceeds(), null, e);
        if (e.exchange() != null || e.ticker() != null) {
            b.append("<span class=\"fig\">").append(Html.text(e.exchange() == null ? "" : e.exchange())).append(' ')
                    .append(Html.text(e.ticker() == null ? "" : e.ticker())).append("</span> ");
        }
        if (!e.leadInvestors().isEmpty()) {
            b.append("<span class=\"fig\">led by ").append(Html.text(String.join(", ", e.leadInvestors()))).append("</span>");
        }
        b.append("</div>\n");
        if (e.evidence() != null && !e.evidence().isBlank()) {
            b.append("<blockquote class=\"evidence\">").append(Html.text(e.evidence())).append("</blockquote>\n");
        }
        b.append("<div class=\"sources\">sources: ");
        for (String s : e.sources()) b.append(Html.link(s));
        b.append("</div>\n");
        List<String> conflicts = e.conflicts().stream().filter(c -> c != null && !c.isBlank()).toList();
        if (!conflicts.isEmpty()) {
            b.append("<div class=\"conflicts\">sources disagree: ").append(Html.text(String.join(" | ", conflicts))).append("</div>\n");
        }
        return b.append("</li>\n").toString();
    }

    private static String typeName(FundingEvent e) {
        if (e.type() == null) return "Event";
        return switch (e.type()) {
            case FUNDING_ROUND -> "Funding round";
            case IPO -> "IPO";
            case ACQUISITION -> "Acquisition";
        };
    }

    /** {@code amount HK$ 4.3bn = US$ 558m at 7.79281 HKD/USD (ECB, 2026-01-08)}; USD shown once. */
    private static void figure(StringBuilder b, String what, Money original, BigDecimal usd, FundingEvent e) {
        if (original == null) return;
        b.append("<span class=\"fig ").append(what.replace(' ', '-')).append("\">").append(what).append(" <span title=\"")
                .append(Html.attr(original)).append("\">").append(Figures.amount(original)).append("</span>");
        if (usd != null && !"USD".equals(original.currencyCode())) {
            b.append(" = <span title=\"").append(Figures.exact(usd)).append(" USD\">").append(Figures.usd(usd)).append("</span>");
            if (e.fxRate() != null) {
                b.append(" <span class=\"fx\">at ").append(Figures.rate(e.fxRate())).append(' ')
                        .append(Html.text(original.currencyCode())).append("/USD (").append(Html.text(e.fxSource() == null ? "" : e.fxSource()))
                        .append(e.fxDate() == null ? "" : ", " + e.fxDate()).append(")</span>");
            }
        }
        b.append("</span> ");
    }
}
