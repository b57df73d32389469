package io.roundup.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarTextTest {

    private static long seconds(double s) {
        return (long) (s * 1e9);
    }

    @Test
    void aKnownTotalGivesPercentBarCountRateAndTimeLeft() {
        // 1,234 pages in 25.6 s: 48.2 pages/s, 1,683 left: 34.9 s, told as 0:35
        String line = BarText.render("readNews", "pages", 1234, Total.exactly(2917), seconds(25.6), 120, true);
        assertThat(line).isEqualTo("readNews         42% [" + "█".repeat(12) + "▋" + " ".repeat(17)
                + "] 1,234/2,917 pages     48/s   0:25 elapsed   0:35 left");
    }

    @Test
    void anEstimatedTotalIsMarkedAndTheCountsAreShortened() {
        // 4.21M rows in 19.5 s: 215,897 rows/s; 5.79M left: 26.8 s
        String line = BarText.render("loadPrices", "rows", 4_210_000, Total.about(10_000_000), seconds(19.5), 120, true);
        assertThat(line).startsWith("loadPrices       42% [")
                .endsWith("]  4.21M/~10.0M rows   216k/s   0:19 elapsed   0:27 left");
    }

    @Test
    void anUnknownTotalGivesASpinnerCountAndRateButNoPercentNorTimeLeft() {
        // 2.3 s: the 10th quarter second, frame 9 % 4 of |/-\
        String line = BarText.render("loadFxRates", "days", 7123, Total.UNKNOWN, seconds(2.3), 120, false);
        assertThat(line).isEqualTo("loadFxRates     /  7,123 days  3,097/s   0:02 elapsed");
    }

    @Test
    void withoutUnicodeTheBarIsAscii() {
        String line = BarText.render("extractEvents", "documents", 50, Total.exactly(100), seconds(10), 120, false);
        assertThat(line).isEqualTo("extractEvents    50% [" + "=".repeat(15) + ">" + " ".repeat(14)
                + "]  50/100 documents    5.0/s   0:10 elapsed   0:10 left");
    }

    @Test
    void onAnEightyColumnTerminalTheElapsedTimeGivesWayToTheBar() {
        String line = BarText.render("readNews", "pages", 1234, Total.exactly(2917), seconds(25.6), 80, true);
        assertThat(line).hasSizeLessThan(80).contains("[").doesNotContain("elapsed")
                .endsWith("] 1,234/2,917 pages     48/s   0:35 left");
    }

    @Test
    void theBarKeepsItsWidthAsTheFiguresGrow() {
        int width = -1;
        for (long done : new long[]{9, 99, 999, 9_999, 99_999, 999_999}) {
            String line = BarText.render("loadPrices", "rows", done, Total.about(1_000_000), seconds(3), 120, true);
            int bar = line.indexOf(']') - line.indexOf('[');
            if (width < 0) width = bar;
            assertThat(bar).as(line).isEqualTo(width);
        }
    }

    @Test
    void theLineNeverReachesTheLastColumnSoItCannotWrap() {
        for (int width : new int[]{20, 40, 60, 80, 200}) {
            assertThat(BarText.render("fetchMarketData", "files", 123_456_789, Total.about(987_654_321), seconds(4000), width, true))
                    .hasSizeLessThan(width);
            assertThat(BarText.render("fetchMarketData", "files", 3, Total.UNKNOWN, seconds(1), width, true)).hasSizeLessThan(width);
        }
        assertThat(BarText.render("readNews", "pages", 1, Total.exactly(2), seconds(1), 40, true)).doesNotContain("[");
    }

    @Test
    void anEstimateIsNeverShownAsReachedNorGivesTimeLeftOncePassed() {
        String line = BarText.render("loadPrices", "rows", 120, Total.about(100), seconds(2), 120, true);
        assertThat(line).contains(" 99% ").endsWith("]  120/~100 rows     60/s   0:02 elapsed");
        assertThat(BarText.render("readNews", "pages", 100, Total.exactly(100), seconds(2), 120, true))
                .contains("100% [" + "█".repeat(30) + "]").endsWith("0:00 left");
    }

    @Test
    void secondsLeftNeedARateAndAKnownTotal() {
        assertThat(BarText.secondsLeft(10, Total.exactly(100), 3.0)).isEqualTo(30L);
        assertThat(BarText.secondsLeft(10, Total.exactly(100), null)).isNull();
        assertThat(BarText.secondsLeft(10, Total.exactly(100), 0.0)).isNull();
        assertThat(BarText.secondsLeft(10, Total.UNKNOWN, 3.0)).isNull();
        assertThat(BarText.secondsLeft(100, Total.about(90), 3.0)).isNull();
    }

    @Test
    void countsRatesAndDurationsAreWrittenForPeople() {
        assertThat(BarText.count(0)).isEqualTo("0");
        assertThat(BarText.count(99_999)).isEqualTo("99,999");
        assertThat(BarText.count(100_000)).isEqualTo("100k");
        assertThat(BarText.count(999_999)).isEqualTo("1.00M");
        assertThat(BarText.count(1_234_567)).isEqualTo("1.23M");
        assertThat(BarText.count(12_345_678)).isEqualTo("12.3M");
        assertThat(BarText.count(1_234_567_890)).isEqualTo("1.23G");
        assertThat(BarText.rate(0.8)).isEqualTo("0.8");
        assertThat(BarText.rate(48.2)).isEqualTo("48");
        assertThat(BarText.rate(4512.4)).isEqualTo("4,512");
        assertThat(BarText.rate(14_635)).isEqualTo("14.6k");
        assertThat(BarText.rate(215_400)).isEqualTo("215k");
        assertThat(BarText.duration(7)).isEqualTo("0:07");
        assertThat(BarText.duration(725)).isEqualTo("12:05");
        assertThat(BarText.duration(3723)).isEqualTo("1:02:03");
    }
}
