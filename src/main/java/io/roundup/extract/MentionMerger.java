package io.roundup.extract;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the drafts of one document that tell the same event: same company, same kind, and no
 * disagreement on amount, valuations, offer price or round label (for rounds and acquisitions, a
 * plan or talks is not the same event as a completed deal). Missing fields are filled from later
 * drafts; the first date told wins; an IPO takes its most certain status.
 */
final class MentionMerger {

    private MentionMerger() {
    }

    static List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft into = null;
            for (Draft o : out) {
                if (compatible(o, d)) {
                    into = o;
                    break;
                }
            }
            if (into == null) {
                out.add(d);
            } else {
                absorb(into, d);
            }
        }
        return out;
    }

    static boolean compatible(Draft a, Draft b) {
        if (a.type != b.type) return false;
        if (!CompanyNames.sameCompany(a.company, b.company)) return false;
        boolean ipoFx = a.type == EventType.IPO && a.amount != null && b.amount != null && !a.amount.currency().equals(b.amount.currency());
        if (!ipoFx && conflict(a.amount, b.amount) || conflict(a.postMoney, b.postMoney) || conflict(a.preMoney, b.preMoney)
                || conflict(a.offerPrice, b.offerPrice)) return false;
        if (a.roundLabel != null && b.roundLabel != null && !a.roundLabel.equalsIgnoreCase(b.roundLabel)) return false;
        if (a.type != EventType.IPO && future(a.status) != future(b.status)) return false;
        if (a.type == EventType.ACQUISITION && !a.leads.isEmpty() && !b.leads.isEmpty()) {
            boolean shared = false;
            for (String l : b.leads) for (String m : a.leads) if (CompanyNames.key(l).equals(CompanyNames.key(m))) shared = true;
            if (!shared) return false;
        }
        if (a.type == EventType.FUNDING_ROUND && a.date != null && b.date != null && !a.date.equals(b.date)
                && (a.amount == null || b.amount == null)) return false;
        return true;
    }

    private static boolean future(EventStatus s) {
        return s == EventStatus.PLANNED || s == EventStatus.IN_TALKS;
    }

    private static boolean conflict(Money a, Money b) {
        if (a == null || b == null) return false;
        if (!a.currency().equals(b.currency())) return true;
        BigDecimal x = a.amount(), y = b.amount();
        if (y.signum() == 0) return x.signum() != 0;
        return x.subtract(y).abs().divide(y.abs(), MathContext.DECIMAL64).compareTo(new BigDecimal("0.01")) > 0;
    }

    private static void absorb(Draft a, Draft b) {
        if (a.amount == null) a.amount = b.amount;
        if (a.postMoney == null) a.postMoney = b.postMoney;
        if (a.preMoney == null) a.preMoney = b.preMoney;
        if (a.offerPrice == null) a.offerPrice = b.offerPrice;
        if (a.roundLabel == null) a.roundLabel = b.roundLabel;
        if (a.date == null) a.date = b.date;
        if (a.exchange == null) a.exchange = b.exchange;
        if (a.ticker == null) a.ticker = b.ticker;
        for (String l : b.leads) if (!a.leads.contains(l)) a.leads.add(l);
        if (a.type == EventType.IPO) a.status = certainty(a.status, b.status);
        else if (a.status == EventStatus.REPORTED && b.status != EventStatus.REPORTED) a.status = b.status;
        a.hasSpecificTrigger |= b.hasSpecificTrigger;
    }

    /** The more certain of two statuses (the one told first in {@link EventStatus}'s order). */
    static EventStatus certainty(EventStatus a, EventStatus b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
