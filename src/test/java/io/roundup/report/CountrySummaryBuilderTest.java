package io.roundup.report;

import io.roundup.domain.FundingEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.roundup.domain.EventStatus.ANNOUNCED;
import static io.roundup.domain.EventStatus.COMPLETED;
import static io.roundup.domain.EventStatus.PLANNED;
import static io.roundup.domain.EventStatus.REPORTED;
import static io.roundup.domain.EventType.ACQUISITION;
import static io.roundup.domain.EventType.FUNDING_ROUND;
import static io.roundup.domain.EventType.IPO;
import static io.roundup.report.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

class CountrySummaryBuilderTest {

    @Test
    void seedArticle() {
        List<CountrySummary> rows = CountrySummaryBuilder.build(Fixtures.seedInput());
        assertThat(rows).extracting(CountrySummary::country).containsExactly("US", "CN", "unknown");

        CountrySummary us = rows.get(0);
        assertThat(us.companies()).isEqualTo(3);
        assertThat(us.totalRaisedUsd()).isEqualByComparingTo("60000000000");
        assertThat(us.sumLatestValuationsUsd()).isEqualByComparingTo("1080000000000"); // 500 + 350 + 230 bn
        assertThat(us.largestRoundUsd()).isEqualByComparingTo("100000000000");
        assertThat(us.largestRoundCompany()).isEqualTo("OpenAI");
        assertThat(us.largestRoundStatus()).isEqualTo("planned");

        CountrySummary cn = rows.get(1);
        assertThat(cn.companies()).isEqualTo(3); // Zhipu AI, MiniMax, Moonshot AI (DeepSeek has no data)
        assertThat(cn.totalRaisedUsd()).isEqualByComparingTo("557950561");
        assertThat(cn.sumLatestValuationsUsd()).isEqualByComparingTo("11728611131");
        assertThat(cn.largestRoundUsd()).isNull(); // Moonshot's amount is unknown, IPOs are not rounds

        CountrySummary unknown = rows.get(2);
        assertThat(unknown.companies()).isEqualTo(1); // Manus
        assertThat(unknown.totalRaisedUsd()).isNull();
        assertThat(unknown.sumLatestValuationsUsd()).isNull();

        // the seed article's claim, checkable from the two rows
        assertThat(cn.sumLatestValuationsUsd()).isLessThan(us.largestRoundUsd());
        assertThat(cn.sumLatestValuationsUsd()).isLessThan(new BigDecimal("230000000000")); // xAI, smallest of three

        assertThat(CountrySummary.table(rows).render()).isEqualTo(String.join(",", CountrySummary.HEADER) + "\n"
                + "US,3,60000000000,1080000000000,100000000000,OpenAI,planned\n"
                + "CN,3,557950561,11728611131,,,\n"
                + "unknown,1,,,,,\n");
    }

    @Test
    void largestRoundIsAnyStatusButOnlyFundingRoundsAndTiesAreDeterministic() {
        List<FundingEvent> events = new ArrayList<>(List.of(
                event("i", "Zhipu AI", true, "CN", IPO, COMPLETED, "900", null, "2026-01-08"),
                event("a", "MiniMax", true, "CN", ACQUISITION, COMPLETED, "800", null, "2026-01-08"),
                event("r", "Moonshot AI", true, "CN", FUNDING_ROUND, REPORTED, "500", null, "2026-01-01"),
                event("c", "MiniMax", true, "CN", FUNDING_ROUND, ANNOUNCED, "500", null, "2025-01-01"),
                event("s", "Moonshot AI", true, "CN", FUNDING_ROUND, COMPLETED, "100", null, "2026-01-05")));
        CountrySummary cn = build(events).get(0);
        assertThat(cn.largestRoundUsd()).isEqualByComparingTo("500");
        assertThat(cn.largestRoundCompany()).isEqualTo("MiniMax"); // tie on amount: announced beats reported
        assertThat(cn.largestRoundStatus()).isEqualTo("announced");
        Collections.reverse(events);
        assertThat(build(events).get(0)).isEqualTo(cn);
        assertThat(cn.totalRaisedUsd()).isEqualByComparingTo("1000"); // IPO 900 + completed round 100
    }

    @Test
    void sortedByTotalRaisedThenCountry() {
        List<CountrySummary> rows = build(List.of(
                event("1", "Alpha", false, "FR", FUNDING_ROUND, COMPLETED, "10", null, null),
                event("2", "Beta", false, "DE", FUNDING_ROUND, COMPLETED, "10", null, null),
                event("3", "Gamma", false, "GB", FUNDING_ROUND, COMPLETED, "30", null, null),
                event("4", "Delta", false, null, FUNDING_ROUND, PLANNED, "99", null, null),
                event("5", "Epsilon", false, "jp", FUNDING_ROUND, PLANNED, "5", null, null)));
        assertThat(rows).extracting(CountrySummary::country).containsExactly("GB", "DE", "FR", "JP", "unknown");
        assertThat(rows.get(4).largestRoundUsd()).isEqualByComparingTo("99");
        assertThat(rows.get(4).largestRoundCompany()).isEqualTo("Delta");
    }

    private static List<CountrySummary> build(List<FundingEvent> events) {
        return CountrySummaryBuilder.build(new ReportInput(events, Fixtures.seedRegistry(), List.of(), null,
                Fixtures.ecb(), LocalDate.of(2026, 1, 9)));
    }
}
