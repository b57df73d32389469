package io.roundup.review;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowChecksTest {

    static FundingEvent event(String id, String company, EventType type, EventStatus status, Money amount, Money post,
                              LocalDate date, String round, String exchange) {
        return new FundingEvent(id, company, true, "US", type, status, amount,
                amount == null ? null : amount.amount(), BigDecimal.ONE, date, "identity", post,
                post == null ? null : post.amount(), null, null, round, date, List.of(), exchange, null, null, null,
                List.of(id + ".html"), List.of(), "evidence of " + id);
    }

    static FundingEvent round(String id, String company, String amount, String post, LocalDate date, String round) {
        return event(id, company, EventType.FUNDING_ROUND, EventStatus.COMPLETED, amount == null ? null : Money.of(amount, "USD"),
                post == null ? null : Money.of(post, "USD"), date, round, null);
    }

    private static final LocalDate DAY = LocalDate.of(2026, 1, 6);
    private final RowChecks checks = new RowChecks(BigDecimal.TEN);

    @Test
    void aCleanLedgerHasNoFindings() {
        assertThat(checks.findings(List.of(
                round("ev-1", "xAI", "20000000000", "230000000000", DAY, "Series E"),
                round("ev-2", "xAI", "6000000000", "50000000000", DAY.minusYears(1), "Series C"),
                round("ev-3", "OpenAI", "100000000000", null, null, null),
                round("ev-4", "OpenAI", "6600000000", null, null, null),
                event("ev-5", "Zhipu AI", EventType.IPO, EventStatus.COMPLETED, Money.of("4348000000", "HKD"), null, DAY, null, "HKEX"),
                event("ev-6", "MiniMax", EventType.IPO, EventStatus.PLANNED, null, null, null, null, null)))).isEmpty();
    }

    @Test
    void eachCheckNamesTheEventAndWhatItSaw() {
        List<Finding> found = checks.findings(List.of(
                round("ev-1", "xAI", "20000000000", "2000000000", DAY, "Series E"),
                round("ev-2", "xAI", "6000000000", null, DAY, "series e"),
                round("ev-3", "Acme", "0", null, null, null),
                event("ev-4", "Zhipu AI", EventType.IPO, EventStatus.COMPLETED, Money.of("4348000000", "HKD"), null, DAY, null, null)));
        assertThat(found).containsExactly(
                new Finding("ev-1", "xAI", "post_below_amount",
                        "post-money valuation USD 2000000000 is below the amount raised USD 20000000000"),
                new Finding("ev-2", "xAI", "unmerged_duplicate", "same company, type, date and round as ev-1"),
                new Finding("ev-3", "Acme", "not_positive", "amount USD 0 is not positive"),
                new Finding("ev-4", "Zhipu AI", "ipo_without_exchange", "a completed IPO without an exchange"));
    }

    @Test
    void aValuationBeyondTheFactorOfThePreviousRoundIsAJumpEitherWay() {
        List<Finding> found = checks.findings(List.of(
                round("ev-1", "Acme", "10000000", "40000000", DAY.minusYears(2), "Seed"),
                round("ev-2", "Acme", "100000000", "800000000", DAY.minusYears(1), "Series A"),
                round("ev-3", "Acme", "50000000", "70000000", DAY, "Series B"),
                round("ev-4", "Other", "5000000", "20000000", DAY, "Seed")));
        assertThat(found).extracting(Finding::eventId, Finding::check)
                .containsExactly(tuple("ev-2", "valuation_jump"),
                        tuple("ev-3", "valuation_jump"));
        assertThat(found.get(0).detail()).isEqualTo("post-money valuation USD 800000000 is 20 times the previous one, "
                + "USD 40000000 on 2024-01-06 (ev-1); allowed factor 10");
        assertThat(found.get(1).detail()).contains("is 0.0875 times the previous one");
        // a wider factor lets both through
        assertThat(new RowChecks(new BigDecimal("25")).findings(List.of(
                round("ev-1", "Acme", "10000000", "40000000", DAY.minusYears(2), "Seed"),
                round("ev-2", "Acme", "100000000", "800000000", DAY.minusYears(1), "Series A")))).isEmpty();
    }

    @Test
    void severalProblemsOfOneKindMakeOneFinding() {
        FundingEvent e = event("ev-1", "Acme", EventType.IPO, EventStatus.COMPLETED, Money.of("-1", "USD"), null, DAY, null, "NYSE");
        FundingEvent bad = new FundingEvent(e.eventId(), e.company(), true, "US", e.type(), e.status(), e.amount(), null,
                null, null, null, null, null, null, null, null, DAY, List.of(), "NYSE", "ACME", Money.of("0", "USD"), null,
                List.of("a.html"), List.of(), "");
        assertThat(checks.findings(List.of(bad))).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("not_positive");
            assertThat(f.detail()).isEqualTo("amount USD -1 is not positive; offer_price USD 0 is not positive");
        });
    }

    @Test
    void aFactorOfOneOrLessIsRefused() {
        assertThatThrownBy(() -> new RowChecks(BigDecimal.ONE)).hasMessageContaining("above 1");
    }
}
