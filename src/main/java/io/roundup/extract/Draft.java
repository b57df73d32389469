package io.roundup.extract;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;
import io.roundup.domain.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A mutable event under construction, one per (company, kind) and clause, before merging. */
final class Draft {
    String company;
    EventType type;
    EventStatus status;
    Money amount;
    Money postMoney;
    Money preMoney;
    Money offerPrice;
    String roundLabel;
    LocalDate date;
    final List<String> leads = new ArrayList<>();
    String exchange;
    String ticker;
    String evidence;
    int sentence;
    boolean speculative;
    boolean hasSpecificTrigger;
    boolean strongIpo;

    boolean hasDetail() {
        return amount != null || postMoney != null || preMoney != null || offerPrice != null || roundLabel != null
                || date != null || !leads.isEmpty() || ticker != null;
    }

    Mention toMention(String file) {
        Money proceeds = type == EventType.IPO ? amount : null;
        return new Mention(file, company, type, status, amount, postMoney, preMoney, roundLabel, date, leads,
                type == EventType.IPO ? exchange : null, type == EventType.IPO ? ticker : null,
                type == EventType.IPO ? offerPrice : null, proceeds, evidence);
    }

    @Override
    public String toString() {
        return company + " " + type + " " + status + " amt=" + amount + " post=" + postMoney + " pre=" + preMoney
                + " offer=" + offerPrice + " round=" + roundLabel + " date=" + date + " leads=" + leads
                + " ex=" + exchange + " tk=" + ticker;
    }
}
