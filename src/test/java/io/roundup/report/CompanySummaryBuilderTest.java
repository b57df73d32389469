package io.roundup.report;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Listing;
import io.roundup.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.roundup.domain.EventStatus.ANNOUNCED;
import static io.roundup.domain.EventStatus.COMPLETED;
import static io.roundup.domain.EventStatus.IN_TALKS;
import static io.roundup.domain.EventStatus.PLANNED;
import static io.roundup.domain.EventType.ACQUISITION;
import static io.roundup.domain.EventType.FUNDING_ROUND;
import static io.roundup.domain.EventType.IPO;
import static io.roundup.report.Fixtures.bar;
import static io.roundup.report.Fixtures.event;
import static io.roundup.report.Fixtures.listing;
import static org.assertj.core.api.Assertions.assertThat;

class CompanySummaryBuilderTest {

    private static Map<String, CompanySummary> byName(List<CompanySummary> rows) {
        return rows.stream().collect(Collectors.toMap(CompanySummary::company, Function.identity()));
    }

    private static CompanySummary only(List<FundingEvent> events) {
        List<CompanySummary> rows = CompanySummaryBuilder.build(new ReportInput(events, Fixtures.seedRegistry(),
                List.of(), null, Fixtures.ecb(), LocalDate.of(2026, 1, 9)));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void seedArticle() {
        List<CompanySummary> rows = CompanySummaryBuilder.build(Fixtures.seedInput());
        assertThat(rows).extracting(CompanySummary::company).containsExactly(
                "OpenAI", "xAI", "Zhipu AI", "Anthropic", "Manus", "MiniMax", "Moonshot AI"); // DeepSeek: no data
        Map<String, CompanySummary> r = byName(rows);

        CompanySummary openai = r.get("OpenAI");
        assertThat(openai.country()).isEqualTo("US");
        assertThat(openai.totalRaisedUsd()).isEqualByComparingTo("40000000000"); // planned 100bn not counted
        assertThat(openai.eventCount()).isEqualTo(2);
        assertThat(openai.latestValuationUsd()).isEqualByComparingTo("500000000000"); // completed beats planned 830bn
        assertThat(openai.latestValuationDate()).isNull();
        assertThat(openai.latestValuationSource()).isEqualTo("post_money:completed");

        assertThat(r.get("Anthropic").totalRaisedUsd()).isNull();
        assertThat(r.get("Anthropic").latestValuationUsd()).isEqualByComparingTo("350000000000");
        assertThat(r.get("Anthropic").latestValuationSource()).isEqualTo("post_money:in_talks");

        assertThat(r.get("xAI").totalRaisedUsd()).isEqualByComparingTo("20000000000");
        assertThat(r.get("xAI").latestValuationUsd()).isEqualByComparingTo("230000000000");
        assertThat(r.get("xAI").latestValuationDate()).isEqualTo(LocalDate.of(2026, 1, 6));

        CompanySummary zhipu = r.get("Zhipu AI");
        assertThat(zhipu.country()).isEqualTo("CN");
        assertThat(zhipu.totalRaisedUsd()).isEqualByComparingTo("557950561"); // completed IPO counts
        assertThat(zhipu.ticker()).isEqualTo("2513");
        assertThat(zhipu.latestClose()).isEqualByComparingTo("131.5");
        assertThat(zhipu.latestCloseDate()).isEqualTo(Fixtures.ZHIPU_LISTING);
        assertThat(zhipu.latestMarketCap()).isEqualByComparingTo("57889719000");
        assertThat(zhipu.latestMarketCapCurrency()).isEqualTo("HKD");
        assertThat(zhipu.latestMarketCapUsd()).isEqualByComparingTo("7428611131");
        assertThat(zhipu.latestValuationUsd()).isEqualByComparingTo("7428611131");
        assertThat(zhipu.latestValuationSource()).isEqualTo("market_cap");

        assertThat(r.get("MiniMax").totalRaisedUsd()).isNull(); // announced IPO: not raised yet
        assertThat(r.get("MiniMax").latestValuationUsd()).isNull();
        assertThat(r.get("Moonshot AI").totalRaisedUsd()).isNull(); // amount unknown, never a made-up zero
        assertThat(r.get("Moonshot AI").latestValuationSource()).isEqualTo("post_money:completed");

        CompanySummary manus = r.get("Manus"); // not in the registry
        assertThat(manus.country()).isEmpty();
        assertThat(manus.eventCount()).isEqualTo(1);
        assertThat(manus.totalRaisedUsd()).isNull();
    }

    @Test
    void chineseValuationsTogetherFallShortOfEachUsTopThree() {
        Map<String, CompanySummary> r = byName(CompanySummaryBuilder.build(Fixtures.seedInput()));
        BigDecimal cn = r.values().stream().filter(c -> "CN".equals(c.country()))
                .map(CompanySummary::latestValuationUsd).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal minUs = List.of("OpenAI", "Anthropic", "xAI").stream()
                .map(n -> r.get(n).latestValuationUsd()).min(BigDecimal::compareTo).orElseThrow();
        assertThat(cn).isEqualByComparingTo("11728611131"); // Zhipu market cap + Moonshot 4.3bn
        assertThat(cn).isLessThan(minUs);
        assertThat(minUs).isEqualByComparingTo("230000000000");
    }

    @Test
    void totalRaisedCountsOnlyCompletedRoundsAndIpos() {
        CompanySummary c = only(List.of(
                event("a", "OpenAI", true, "US", FUNDING_ROUND, COMPLETED, "100", null, "2025-01-01"),
                event("b", "OpenAI", true, "US", IPO, COMPLETED, "50", null, "2025-02-01"),
                event("c", "OpenAI", true, "US", ACQUISITION, COMPLETED, "1000", null, "2025-03-01"),
                event("d", "OpenAI", true, "US", FUNDING_ROUND, ANNOUNCED, "1000", null, "2025-03-01"),
                event("e", "OpenAI", true, "US", FUNDING_ROUND, PLANNED, "1000", null, "2025-03-01"),
                event("f", "OpenAI", true, "US", FUNDING_ROUND, EventStatus.REPORTED, "1000", null, "2025-03-01"),
                event("g", "OpenAI", true, "US", FUNDING_ROUND, COMPLETED, null, null, "2025-03-01")));
        assertThat(c.totalRaisedUsd()).isEqualByComparingTo("150");
        assertThat(c.eventCount()).isEqualTo(7);
        assertThat(c.latestValuationUsd()).isNull();
        assertThat(c.latestValuationSource()).isNull();
    }

    @Test
    void sameDateTiePrefersCompletedOrAnnouncedWhateverTheInputOrder() {
        List<FundingEvent> events = new ArrayList<>(List.of(
                event("p", "xAI", true, "US", FUNDING_ROUND, PLANNED, null, "900", "2026-01-06"),
                event("t", "xAI", true, "US", FUNDING_ROUND, IN_TALKS, null, "950", "2026-01-06"),
                event("a", "xAI", true, "US", FUNDING_ROUND, ANNOUNCED, null, "800", "2026-01-06")));
        CompanySummary c = only(events);
        assertThat(c.latestValuationUsd()).isEqualByComparingTo("800");
        assertThat(c.latestValuationSource()).isEqualTo("post_money:announced");
        Collections.reverse(events);
        assertThat(only(events)).isEqualTo(c);
    }

    @Test
    void newerDateWinsOverCertaintyAndUndatedComesLast() {
        CompanySummary c = only(List.of(
                event("old", "Anthropic", true, "US", FUNDING_ROUND, COMPLETED, null, "183000000000", "2025-09-02"),
                event("undated", "Anthropic", true, "US", FUNDING_ROUND, COMPLETED, null, "999000000000", null),
                event("new", "Anthropic", true, "US", FUNDING_ROUND, IN_TALKS, null, "350000000000", "2026-01-07")));
        assertThat(c.latestValuationUsd()).isEqualByComparingTo("350000000000");
        assertThat(c.latestValuationDate()).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(c.latestValuationSource()).isEqualTo("post_money:in_talks");
    }

    @Test
    void equalDateAndStatusTakesTheLargerValue() {
        List<FundingEvent> events = new ArrayList<>(List.of(
                event("x1", "xAI", true, "US", FUNDING_ROUND, COMPLETED, null, "200000000000", "2026-01-06"),
                event("x2", "xAI", true, "US", FUNDING_ROUND, COMPLETED, null, "230000000000", "2026-01-06")));
        assertThat(only(events).latestValuationUsd()).isEqualByComparingTo("230000000000");
        Collections.reverse(events);
        assertThat(only(events).latestValuationUsd()).isEqualByComparingTo("230000000000");
    }

    @Test
    void marketCapWinsOnlyWhenMoreRecent() {
        Listing l = listing("Zhipu AI", "HKEX", "2513", "2026-01-08", "116.2", "HKD", Fixtures.ZHIPU_SHARES, null);
        PriceLookup prices = new InMemoryPriceLookup(List.of(Fixtures.zhipuFirstDay()));
        FundingEvent sameDay = event("s", "Zhipu AI", true, "CN", IPO, COMPLETED, null, "6000000000", "2026-01-08");
        FundingEvent earlier = event("e", "Zhipu AI", true, "CN", FUNDING_ROUND, COMPLETED, null, "3000000000", "2025-06-01");
        FundingEvent undated = event("u", "Zhipu AI", true, "CN", FUNDING_ROUND, COMPLETED, null, "3000000000", null);

        CompanySummary tie = build(List.of(sameDay), l, prices);
        assertThat(tie.latestValuationSource()).isEqualTo("post_money:completed");
        assertThat(tie.latestValuationUsd()).isEqualByComparingTo("6000000000");
        assertThat(tie.latestMarketCapUsd()).isEqualByComparingTo("7428611131"); // still shown

        assertThat(build(List.of(earlier), l, prices).latestValuationSource()).isEqualTo("market_cap");
        assertThat(build(List.of(undated), l, prices).latestValuationSource()).isEqualTo("market_cap");
        assertThat(build(List.of(), l, prices).latestValuationSource()).isEqualTo("market_cap");
        assertThat(build(List.of(), l, prices).eventCount()).isZero();
    }

    @Test
    void marketCapAtTheLastCloseOnOrBeforeTheRunDate() {
        Listing l = listing("Zhipu AI", "HKEX", "2513", "2026-01-08", "116.2", "HKD", 1000L, null);
        PriceLookup prices = new InMemoryPriceLookup(List.of(Fixtures.zhipuFirstDay(),
                bar("2513.HK", "2026-01-09", "1", "1", "1", "140"),
                bar("2513.HK", "2026-01-12", "1", "1", "1", "999"))); // after the run date
        CompanySummary c = CompanySummaryBuilder.build(new ReportInput(List.of(), Fixtures.seedRegistry(), List.of(l),
                prices, Fixtures.ecb(), LocalDate.of(2026, 1, 10))).get(0);
        assertThat(c.latestClose()).isEqualByComparingTo("140");
        assertThat(c.latestCloseDate()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(c.latestMarketCap()).isEqualByComparingTo("140000");
        // rate of 2026-01-09 not quoted in the fixture: the last quote on or before (2026-01-08) is used
        assertThat(c.latestMarketCapUsd()).isEqualByComparingTo("17965"); // 140000 / 7.792805
    }

    @Test
    void listingWithoutSharesOrBarLeavesMarketCapEmpty() {
        Listing noShares = listing("MiniMax", "HKEX", "100", "2026-01-09", "165", "HKD", null, null);
        PriceLookup prices = new InMemoryPriceLookup(List.of(bar("0100.HK", "2026-01-09", "1", "1", "1", "345")));
        CompanySummary c = build(List.of(), noShares, prices);
        assertThat(c.ticker()).isEqualTo("100");
        assertThat(c.latestClose()).isEqualByComparingTo("345");
        assertThat(c.latestMarketCap()).isNull();
        assertThat(c.latestMarketCapUsd()).isNull();
        assertThat(c.latestValuationUsd()).isNull();

        CompanySummary noBar = build(List.of(), noShares, PriceLookup.none());
        assertThat(noBar.ticker()).isEqualTo("100");
        assertThat(noBar.latestClose()).isNull();
        assertThat(noBar.latestCloseDate()).isNull();
    }

    @Test
    void aliasesGroupTogetherAndUnknownCompaniesKeepTheirEventCountry() {
        List<CompanySummary> rows = CompanySummaryBuilder.build(new ReportInput(List.of(
                event("m1", "Moonshot AI", true, "CN", FUNDING_ROUND, COMPLETED, "100", null, "2025-01-01"),
                event("m2", "月之暗面", false, null, FUNDING_ROUND, COMPLETED, "50", null, "2025-02-01"),
                event("b1", "Butterfly Effect", false, "SG", FUNDING_ROUND, COMPLETED, "10", null, null)),
                Fixtures.seedRegistry(), List.of(listing("Unlisted Co Ltd", "NYSE", "ULC", "2026-01-02", "10", "USD", null, null)),
                null, null, LocalDate.of(2026, 1, 9)));
        Map<String, CompanySummary> r = byName(rows);
        assertThat(r.keySet()).containsExactlyInAnyOrder("Moonshot AI", "Butterfly Effect", "Unlisted Co Ltd");
        assertThat(r.get("Moonshot AI").eventCount()).isEqualTo(2);
        assertThat(r.get("Moonshot AI").totalRaisedUsd()).isEqualByComparingTo("150");
        assertThat(r.get("Butterfly Effect").country()).isEqualTo("SG");
        assertThat(r.get("Unlisted Co Ltd").country()).isEmpty();
        assertThat(r.get("Unlisted Co Ltd").eventCount()).isZero();
        assertThat(rows).extracting(CompanySummary::company)
                .containsExactly("Moonshot AI", "Butterfly Effect", "Unlisted Co Ltd");
    }

    @Test
    void foreignAmountsWithoutUsdFiguresAreConvertedAtTheEventDate() {
        CompanySummary c = only(List.of(Fixtures.foreignEvent("c1", "Moonshot AI", FUNDING_ROUND, COMPLETED,
                Money.of("1000000000", "CNY"), Money.of("30000000000", "CNY"), "2026-01-08")));
        // CNY per USD = 8.1513 / 1.1675 = 6.98184...
        assertThat(c.totalRaisedUsd()).isEqualByComparingTo("143228687");
        assertThat(c.latestValuationUsd()).isEqualByComparingTo("4296860623");
        CompanySummary undated = only(List.of(Fixtures.foreignEvent("c2", "Moonshot AI", FUNDING_ROUND, COMPLETED,
                Money.of("1000000000", "CNY"), null, null)));
        assertThat(undated.totalRaisedUsd()).isNull(); // no date, no rate: left empty
    }

    @Test
    void csvRowFormatting() {
        String csv = CompanySummary.table(CompanySummaryBuilder.build(Fixtures.seedInput())).render();
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", CompanySummary.HEADER));
        assertThat(lines[1]).isEqualTo("OpenAI,US,40000000000,2,500000000000,,post_money:completed,,,,,,");
        assertThat(lines[3]).isEqualTo("Zhipu AI,CN,557950561,1,7428611131,2026-01-08,market_cap,2513,131.5,2026-01-08,"
                + "57889719000,HKD,7428611131");
        assertThat(lines[5]).isEqualTo("Manus,,,1,,,,,,,,,");
    }

    private static CompanySummary build(List<FundingEvent> events, Listing l, PriceLookup prices) {
        List<CompanySummary> rows = CompanySummaryBuilder.build(new ReportInput(events, Fixtures.seedRegistry(),
                List.of(l), prices, Fixtures.ecb(), LocalDate.of(2026, 1, 9)));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
