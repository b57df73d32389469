package io.roundup.report;

import io.roundup.domain.Listing;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.roundup.report.Fixtures.bar;
import static io.roundup.report.Fixtures.bd;
import static io.roundup.report.Fixtures.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IpoSummaryBuilderTest {

    private static ReportInput input(List<Listing> listings, PriceLookup prices) {
        return new ReportInput(List.of(), Fixtures.seedRegistry(), listings, prices, Fixtures.ecb(),
                LocalDate.of(2026, 1, 9));
    }

    @Test
    void zhipuFirstDay() {
        List<IpoSummary> rows = IpoSummaryBuilder.build(input(List.of(Fixtures.zhipuListing()),
                new InMemoryPriceLookup(List.of(Fixtures.zhipuFirstDay()))));
        assertThat(rows).hasSize(1);
        IpoSummary z = rows.get(0);
        assertThat(z.company()).isEqualTo("Zhipu AI");
        assertThat(z.exchange()).isEqualTo("HKEX");
        assertThat(z.ticker()).isEqualTo("2513");
        assertThat(z.listingDate()).isEqualTo(Fixtures.ZHIPU_LISTING);
        assertThat(z.currency()).isEqualTo("HKD");
        assertThat(z.firstDayOpen()).isEqualByComparingTo("120");
        assertThat(z.firstDayHigh()).isEqualByComparingTo("135");
        assertThat(z.firstDayLow()).isEqualByComparingTo("116.1");
        assertThat(z.firstDayClose()).isEqualByComparingTo("131.5");
        assertThat(z.firstDayReturnPct()).isEqualByComparingTo("13.17");
        assertThat(z.proceeds()).isEqualByComparingTo("4348000000");
        assertThat(z.proceedsUsd()).isCloseTo(bd("557950561"), within(bd("1000"))); // 4,348,000,000 x 1.1675 / 9.0981
        assertThat(z.proceedsUsd()).isEqualByComparingTo("557950561"); // ≈ 557.95m USD, whole dollars HALF_EVEN
        assertThat(z.proceedsUsd().scale()).isZero();
        assertThat(z.fxRate()).isEqualByComparingTo("7.79281");
        assertThat(z.fxDate()).isEqualTo(Fixtures.ZHIPU_LISTING);
        assertThat(z.shares()).isEqualTo(Fixtures.ZHIPU_SHARES);
        assertThat(z.marketCapClose()).isEqualByComparingTo("57889719000"); // 440,226,000 x 131.5
        assertThat(z.marketCapCloseUsd()).isEqualByComparingTo("7428611131");

        String csv = IpoSummary.table(rows).render();
        assertThat(csv.split("\n")[1]).isEqualTo("Zhipu AI,HKEX,2513,2026-01-08,HKD,116.2,120,135,116.1,131.5,13.17,"
                + "4348000000," + z.proceedsUsd().toPlainString() + ",7.79281,2026-01-08,440226000,57889719000,"
                + z.marketCapCloseUsd().toPlainString());
    }

    @Test
    void missingBarSharesAndRateGiveEmptyCellsNotZeros() {
        Listing noShares = listing("MiniMax", "HKEX", "100", "2026-01-09", "165", "HKD", null, null);
        Listing noRate = listing("Some Co", "TSE", "1234", "2026-01-08", "500", "JPY", 1000L, "500000");
        List<IpoSummary> rows = IpoSummaryBuilder.build(input(List.of(noShares, noRate), PriceLookup.none()));
        assertThat(rows).extracting(IpoSummary::company).containsExactly("Some Co", "MiniMax"); // by date
        IpoSummary m = rows.get(1);
        assertThat(m.firstDayClose()).isNull();
        assertThat(m.firstDayReturnPct()).isNull();
        assertThat(m.proceedsUsd()).isNull();
        assertThat(m.marketCapClose()).isNull();
        assertThat(m.fxRate()).isEqualByComparingTo("7.79281"); // rate of 2026-01-08, last quote on or before
        assertThat(m.fxDate()).isEqualTo(LocalDate.of(2026, 1, 8));
        IpoSummary s = rows.get(0);
        assertThat(s.fxRate()).isNull();
        assertThat(s.proceedsUsd()).isNull();
        assertThat(IpoSummary.table(rows).render().split("\n")[1])
                .isEqualTo("Some Co,TSE,1234,2026-01-08,JPY,500,,,,,,500000,,,,1000,,");
        assertThat(IpoSummary.table(rows).render().split("\n")[2])
                .isEqualTo("MiniMax,HKEX,100,2026-01-09,HKD,165,,,,,,,,7.79281,2026-01-08,,,");
    }

    @Test
    void barOfAnotherDayIsNotTheFirstDay() {
        List<IpoSummary> rows = IpoSummaryBuilder.build(input(List.of(Fixtures.zhipuListing()),
                new InMemoryPriceLookup(List.of(bar("2513.HK", "2026-01-09", "130", "140", "125", "138")))));
        assertThat(rows.get(0).firstDayClose()).isNull();
        assertThat(rows.get(0).marketCapClose()).isNull();
    }

    @Test
    void splitAdjustedFirstDayBarGivesNoReturn() {
        // Yahoo's BIDU series is adjusted for the 2010 10:1 split: the IPO-day bar reads 6.6 / 12.254, offer 27
        Listing bidu = listing("Baidu", "Nasdaq", "BIDU", "2005-08-05", "27", "USD", 32_000_000L, "109000000");
        IpoSummary r = IpoSummaryBuilder.build(input(List.of(bidu), new InMemoryPriceLookup(List.of(
                bar("BIDU", "2005-08-05", "6.6", "15.121", "6", "12.254"))))).get(0);
        assertThat(r.firstDayOpen()).isEqualByComparingTo("6.6");
        assertThat(r.firstDayClose()).isEqualByComparingTo("12.254");
        assertThat(r.firstDayReturnPct()).isNull();
        assertThat(r.marketCapClose()).isNull();
        assertThat(r.proceedsUsd()).isEqualByComparingTo("109000000");
        // a real first-day drop is kept
        IpoSummary drop = IpoSummaryBuilder.build(input(List.of(bidu), new InMemoryPriceLookup(List.of(
                bar("BIDU", "2005-08-05", "20", "21", "12", "13"))))).get(0);
        assertThat(drop.firstDayReturnPct()).isEqualByComparingTo("-51.85");
    }

    @Test
    void usdListingUsesRateOneAndSortIsDeterministic() {
        Listing baba = listing("Alibaba", "NYSE", "BABA", "2014-09-19", "68", "USD", 2_400_000_000L, "21767000000");
        Listing bidu = listing("Baidu", "Nasdaq", "BIDU", "2005-08-05", "27", "USD", null, "109000000");
        Listing undated = listing("Nobody", "NYSE", "NOB", null, "10", "USD", null, null);
        PriceLookup prices = new InMemoryPriceLookup(List.of(bar("BABA", "2014-09-19", "92.70", "99.70", "89.95", "93.89")));
        List<IpoSummary> a = IpoSummaryBuilder.build(input(List.of(undated, baba, bidu), prices));
        List<IpoSummary> b = IpoSummaryBuilder.build(input(List.of(bidu, undated, baba), prices));
        assertThat(a).isEqualTo(b);
        assertThat(a).extracting(IpoSummary::ticker).containsExactly("BIDU", "BABA", "NOB");
        IpoSummary ba = a.get(1);
        assertThat(ba.firstDayReturnPct()).isEqualByComparingTo("38.07"); // 93.89/68 - 1 = 38.073..%
        assertThat(ba.fxRate()).isEqualByComparingTo("1");
        assertThat(ba.proceedsUsd()).isEqualByComparingTo("21767000000");
        assertThat(ba.marketCapCloseUsd()).isEqualByComparingTo("225336000000");
        assertThat(a.get(2).fxDate()).isNull();
    }
}
