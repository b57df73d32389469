package io.roundup.normalize;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QualityGatesTest {

    private static FundingEvent event(String id, String company, Money amount, Money post, LocalDate date, String round,
                                      List<String> sources) {
        return new FundingEvent(id, company, true, "US", EventType.FUNDING_ROUND, EventStatus.COMPLETED, amount,
                amount == null ? null : amount.amount(), BigDecimal.ONE, date, "identity", post,
                post == null ? null : post.amount(), null, null, round, date, List.of(), null, null, null, null,
                sources, List.of(), "");
    }

    private static final LocalDate DAY = LocalDate.of(2026, 1, 6);

    @Test
    void aCleanLedgerPasses() {
        assertThat(new QualityGates().violations(List.of(
                event("ev-1", "xAI", Money.of("20000000000", "USD"), Money.of("230000000000", "USD"), DAY, null, List.of("a.html")),
                event("ev-2", "OpenAI", Money.of("100000000000", "USD"), null, null, null, List.of("a.html")),
                event("ev-3", "OpenAI", Money.of("6600000000", "USD"), null, null, null, List.of("b.html"))))).isEmpty();
    }

    @Test
    void eachBrokenRuleNamesTheRow() {
        List<String> v = new QualityGates().violations(List.of(
                event("ev-1", "xAI", Money.of("20000000000", "USD"), Money.of("2000000000", "USD"), DAY, "Series E", List.of("a.html")),
                event("ev-2", "xAI", Money.of("6000000000", "USD"), null, DAY, "series e", List.of("b.html")),
                event("ev-3", "Acme", Money.of("0", "USD"), null, null, null, List.of("c.html")),
                event("ev-4", "Acme", Money.of("5", "EUR"), null, null, null, List.of())));
        assertThat(v).containsExactlyInAnyOrder(
                "ev-1 (xAI): post-money valuation USD 2000000000 is below the amount raised USD 20000000000",
                "ev-2 (xAI): same company, type, date and round as ev-1",
                "ev-3 (Acme): amount USD 0 is not positive",
                "ev-4 (Acme): no source");
    }
}
