package io.roundup.market;

import io.roundup.domain.Parsed;
import io.roundup.domain.PriceBar;
import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PriceCsvReaderTest {

    record Result(List<PriceBar> bars, List<Reject> rejects, PriceCsvReader.Layout layout) {
        List<String> codes() {
            return rejects.stream().map(r -> r.reason().split(":")[0]).toList();
        }
    }

    static Result read(Reader in, String name, LocalDate runDate) throws IOException {
        List<PriceBar> bars = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        PriceCsvReader.Layout layout;
        try (PriceCsvReader r = new PriceCsvReader(in, name, runDate)) {
            for (Parsed<PriceBar> p; (p = r.next()) != null; ) {
                if (p.isOk()) bars.add(p.value());
                else rejects.add(p.reject());
            }
            layout = r.layout();
        }
        return new Result(bars, rejects, layout);
    }

    static Result read(String text, String name) throws IOException {
        return read(new StringReader(text), name, null);
    }

    static PriceBar bar(String t, String d, String o, String h, String l, String c, String adj, String v) {
        return new PriceBar(t, LocalDate.parse(d), new BigDecimal(o), new BigDecimal(h), new BigDecimal(l), new BigDecimal(c),
                adj == null ? null : new BigDecimal(adj), v == null ? null : new BigDecimal(v));
    }

    @Test
    void yahooClassic() throws IOException {
        Result r = read("""
                Date,Open,High,Low,Close,Adj Close,Volume
                2014-09-19,92.699997,99.699997,89.949997,93.889999,93.889999,271879400
                """, "BABA.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.YAHOO);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.bars()).containsExactly(bar("BABA", "2014-09-19", "92.699997", "99.699997", "89.949997", "93.889999", "93.889999", "271879400"));
    }

    @Test
    void stooqWithFractionalVolumeAndCrlf() throws IOException {
        Result r = read("Date,Open,High,Low,Close,Volume\r\n2000-01-24,0.0882891,0.0882891,0.0811881,0.0816574,70416405.361298\r\n", "nvda_us_d.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.STOOQ);
        assertThat(r.bars()).containsExactly(bar("NVDA", "2000-01-24", "0.0882891", "0.0882891", "0.0811881", "0.0816574", null, "70416405.361298"));
    }

    @Test
    void stooqPolishHeaders() throws IOException {
        Result r = read("Data,Otwarcie,Najwyzszy,Najnizszy,Zamkniecie,Wolumen\n1999-01-22,0.401563,0.447428,0.355588,0.376292,73987870.281948\n", "nvda_us_d.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.STOOQ);
        assertThat(r.bars()).extracting(PriceBar::ticker, PriceBar::date).containsExactly(tuple("NVDA", LocalDate.of(1999, 1, 22)));
    }

    @Test
    void stooqBulkTakesTickerFromColumnAndRejectsNonDaily() throws IOException {
        Result r = read("""
                <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>
                NVDA.US,D,19990122,000000,0.0401271,0.0447103,0.0355331,0.0376018,740416863,0
                MSFT.US,D,19990122,000000,1,2,0.5,1.5,10,0
                NVDA.US,W,19990129,000000,0.04,0.05,0.03,0.04,740416863,0
                """, "whatever.txt");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.STOOQ_BULK);
        assertThat(r.bars()).extracting(PriceBar::ticker).containsExactly("NVDA", "MSFT");
        assertThat(r.bars().get(0).date()).isEqualTo(LocalDate.of(1999, 1, 22));
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(4);
            assertThat(j.reason()).isEqualTo("not_daily: column <PER> expected 'D' (daily), got 'W'");
        });
    }

    @Test
    void nasdaqDollarsAndUsDates() throws IOException {
        Result r = read("""
                Date,Close/Last,Volume,Open,High,Low
                06/27/2025,$201.08,73188570,$201.89,$203.22,$200.00
                06/03/2025,"$1,201.00",1,"$1,200.00","$1,202.00","$1,199.00"
                """, "AAPL.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.NASDAQ);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.bars()).containsExactly(
                bar("AAPL", "2025-06-27", "201.89", "203.22", "200.00", "201.08", null, "73188570"),
                bar("AAPL", "2025-06-03", "1200.00", "1202.00", "1199.00", "1201.00", null, "1"));
    }

    @Test
    void nasdaqReexportWithBomAndTickerFromFileName() throws IOException {
        Result r = read("\uFEFFTradeDate,ClosePrice,Volume,OpenPrice,HighPrice,LowPrice\r\n2025-07-03,159.34,143716100.00,158.37,160.98,157.77\r\n",
                "HistoricalData_NVDA.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.NASDAQ);
        assertThat(r.bars()).containsExactly(bar("NVDA", "2025-07-03", "158.37", "160.98", "157.77", "159.34", null, "143716100.00"));
    }

    @Test
    void yfinanceHistoryKeepsExchangeLocalDate() throws IOException {
        Result r = read("""
                Date,Open,High,Low,Close,Volume,Dividends,Stock Splits
                2020-01-02 00:00:00+08:00,334.4169761589188,342.42588227172706,334.2389847560454,340.2901916503906,15176989,0.0,0.0
                """, "0700.HK.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.YFINANCE_HISTORY);
        assertThat(r.bars()).singleElement().satisfies(b -> {
            assertThat(b.ticker()).isEqualTo("0700.HK");
            assertThat(b.date()).isEqualTo(LocalDate.of(2020, 1, 2));
            assertThat(b.adjClose()).isNull();
        });
    }

    @Test
    void yfinanceDownloadThreeHeaderLines() throws IOException {
        Result r = read("""
                Price,Close,High,Low,Open,Volume
                Ticker,9988.HK,9988.HK,9988.HK,9988.HK,9988.HK
                Date,,,,,
                2019-11-25,197.5,203.8,186.1,186.2,206493184
                2019-12-02,196.6,198.0,187.6,197.1,102918918,
                """, "9988.HK2.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.YFINANCE_DOWNLOAD);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.bars()).containsExactly(
                bar("9988.HK", "2019-11-25", "186.2", "203.8", "186.1", "197.5", null, "206493184"),
                bar("9988.HK", "2019-12-02", "197.1", "198.0", "187.6", "196.6", null, "102918918"));
    }

    @Test
    void columnsInAnyOrderAndDayFirstSlashDatesOutsideNasdaq() throws IOException {
        Result r = read("""
                Volume,Close,Low,High,Open,Date
                5,2,1,3,2,03/12/2019
                5,2,1,3,2,12/31/2019
                """, "X.csv");
        assertThat(r.bars()).singleElement().satisfies(b -> {
            assertThat(b.date()).isEqualTo(LocalDate.of(2019, 12, 3));
            assertThat(b.open()).isEqualByComparingTo("2");
            assertThat(b.high()).isEqualByComparingTo("3");
        });
        assertThat(r.rejects()).singleElement().satisfies(j -> assertThat(j.reason()).startsWith("bad_date: column Date expected"));
    }

    @Test
    void everyDefectOnItsOwnLine() throws IOException {
        Result r;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/market/defects_yahoo.csv"), StandardCharsets.UTF_8)) {
            r = read(in, "defects_yahoo.csv", LocalDate.of(2026, 1, 1));
        }
        // line 15 gives 2024-01-02 again with another Open: a conflicting duplicate voids line 2 as well
        assertThat(r.bars()).extracting(PriceBar::date).containsExactly(
                LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 16), LocalDate.of(2024, 1, 17));
        assertThat(r.bars().get(0).volume()).isEqualByComparingTo("0"); // zero-volume flat bar is valid
        assertThat(r.rejects()).extracting(Reject::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 15L, 16L);
        assertThat(r.codes()).containsExactly("conflicting_duplicate", "null_row", "high_below_low", "open_outside_range",
                "close_outside_range", "negative_price", "negative_volume", "duplicate_row", "truncated", "bad_number",
                "bad_date", "conflicting_duplicate", "future_date");
        assertThat(r.rejects()).allSatisfy(j -> assertThat(j.source()).isEqualTo("defects_yahoo.csv"));
        assertThat(r.rejects().get(0).reason()).isEqualTo("conflicting_duplicate: DEFECTS_YAHOO 2024-01-02 has different bars on"
                + " lines 2, 15 (Open 10.0 vs 10.1 on lines 2 and 15); none kept");
        assertThat(r.rejects().get(11).reason()).isEqualTo(r.rejects().get(0).reason());
        assertThat(r.rejects().get(2).raw()).isEqualTo("2024-01-04,10.5,10.0,10.2,10.1,10.1,1000");
        assertThat(r.rejects().get(7).reason()).isEqualTo("duplicate_row: identical to line 2 (first kept)");
        assertThat(r.rejects().get(8).reason()).isEqualTo("truncated: expected 7 fields as in the header, got 4");
        assertThat(r.rejects().get(9).reason()).isEqualTo("bad_number: column Open expected a decimal price, got 'abc'");
    }

    @Test
    void repeatedBarWithVolumeIsStaleButRepeatedZeroVolumeFlatBarIsNot() throws IOException {
        Result r = read("""
                Date,Open,High,Low,Close,Volume
                2025-02-07,129.22,130.37,125,129.84,228186298
                2025-02-10,129.22,130.37,125,130.09,228186298
                2025-02-11,100,100,100,100,0
                2025-02-12,100,100,100,100,0
                """, "nvda_us_d.csv");
        assertThat(r.bars()).hasSize(3);
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(3);
            assertThat(j.reason()).startsWith("stale_bar: Open/High/Low/Volume identical to the bar of 2025-02-07 on line 2");
        });
    }

    @Test
    void missingFinalNewlineLoadsLastRow() throws IOException {
        Result r = read("Date,Open,High,Low,Close,Adj Close,Volume\n2020-12-11,518.690002,520.799988,512.919983,520.530029,520.530029,5228600", "NVDA.csv");
        assertThat(r.bars()).extracting(PriceBar::volume).containsExactly(new BigDecimal("5228600"));
    }

    @Test
    void unknownHeaderIsOneRejectOnLineOne() throws IOException {
        Result r = read("When,Price\n2020-01-01,1\n", "X.csv");
        assertThat(r.bars()).isEmpty();
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(1);
            assertThat(j.reason()).startsWith("bad_header: expected columns Date, Open, High, Low, Close");
        });
    }

    @Test
    void emptyInputGivesNothing() throws IOException {
        assertThat(read("", "X.csv").bars()).isEmpty();
        assertThat(read("", "X.csv").rejects()).isEmpty();
    }

    @Test
    void tickerFromFileName() {
        assertThat(PriceTickers.fromFileName("NVDA.csv")).isEqualTo("NVDA");
        assertThat(PriceTickers.fromFileName("input/prices/0700.HK.csv")).isEqualTo("0700.HK");
        assertThat(PriceTickers.fromFileName("nvda_us_d.csv")).isEqualTo("NVDA");
        assertThat(PriceTickers.fromFileName("nvda.us.txt")).isEqualTo("NVDA");
        assertThat(PriceTickers.fromFileName("NVDA.US.stooq.csv")).isEqualTo("NVDA");
        assertThat(PriceTickers.fromFileName("HistoricalData_NVDA.csv")).isEqualTo("NVDA");
        assertThat(PriceTickers.fromFileName("C:\\data\\baba.csv")).isEqualTo("BABA");
    }
}
