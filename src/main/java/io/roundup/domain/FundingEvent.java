package io.roundup.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A merged event: one real-world round, IPO or acquisition, with all the documents that report it.
 * USD figures carry the rate used (units of the original currency per USD), its date and its source
 * ({@code ECB}, {@code FRED DEXHKUS}, ...).
 * {@code conflicts} names fields on which the sources disagree ("amount: 20000000000 vs 15000000000").
 */
public record FundingEvent(String eventId, String company, boolean resolved, String country,
                           EventType type, EventStatus status, Money amount, BigDecimal amountUsd,
                           BigDecimal fxRate, LocalDate fxDate, String fxSource, Money postMoney, BigDecimal postMoneyUsd,
                           Money preMoney, BigDecimal preMoneyUsd, String roundLabel, LocalDate date,
                           List<String> leadInvestors, String exchange, String ticker, Money offerPrice,
                           Money proceeds, List<String> sources, List<String> conflicts, String evidence) {

    public FundingEvent {
        leadInvestors = leadInvestors == null ? List.of() : List.copyOf(leadInvestors);
        sources = sources == null ? List.of() : List.copyOf(sources);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}
