package io.roundup.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One funding event as found in one document, fields as in the eval conventions: amounts in the
 * currency of the text, {@code date} only when the day is known, {@code leadInvestors} holding the
 * acquirer for an acquisition. Any field but file, company, type and status may be null.
 */
public record Mention(String file, String company, EventType type, EventStatus status,
                      Money amount, Money postMoney, Money preMoney, String roundLabel,
                      LocalDate date, List<String> leadInvestors, String exchange, String ticker,
                      Money offerPrice, Money proceeds, String evidence) {

    public Mention {
        leadInvestors = leadInvestors == null ? List.of() : List.copyOf(leadInvestors);
    }
}
