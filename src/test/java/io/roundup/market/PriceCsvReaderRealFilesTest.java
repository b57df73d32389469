package io.roundup.market;

import io.roundup.domain.PriceBar;
import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real public files in ../shared/data/market/prices (skipped when that folder is absent). */
class PriceCsvReaderRealFilesTest {

    static final Path PRICES = Path.of("../shared/data/market/prices");

    static PriceCsvReaderTest.Result read(String relative) throws IOException {
        Path p = PRICES.resolve(relative);
        assumeTrue(Files.isReadable(p), "shared file not present: " + p);
        return PriceCsvReaderTest.read(Files.newBufferedReader(p), p.getFileName().toString(), LocalDate.of(2026, 4, 30));
    }

    static Map<String, Long> counts(PriceCsvReaderTest.Result r) {
        return r.codes().stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    }

    @Test
    void tencentYahooNullRowsAndHighBelowLow() throws IOException {
        var r = read("yahoo-classic/hkturtco__StockPricePrediction/0700.HK.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.YAHOO);
        assertThat(r.bars()).hasSize(3444);
        assertThat(r.rejects().stream().filter(j -> j.reason().startsWith("null_row")))
                .extracting(Reject::line)
                .containsExactly(6L, 13L, 15L, 77L, 79L, 94L, 140L, 1043L, 1873L, 1877L);
        assertThat(r.rejects().stream().filter(j -> j.reason().startsWith("high_below_low")))
                .extracting(Reject::line, Reject::raw)
                .containsExactly(tuple(1380L, "2009-12-31,33.299999,33.200001,33.740002,33.799999,31.494738,12396690"),
                        tuple(1390L, "2010-01-15,34.820000,34.599998,35.119999,35.299999,32.892429,20422645"));
        // a third genuine defect the shared PROVENANCE does not list: open below low on 2014-05-15
        assertThat(r.rejects().stream().filter(j -> j.reason().startsWith("open_outside_range")))
                .extracting(Reject::line).containsExactly(2458L);
        assertThat(r.rejects()).hasSize(13);
        assertThat(r.rejects()).extracting(Reject::raw).contains("2011-12-24,null,null,null,null,null,null");
        // zero-volume flat bars (typhoon closures) load
        assertThat(r.bars()).filteredOn(b -> b.volume().signum() == 0).extracting(PriceBar::date)
                .contains(LocalDate.of(2008, 8, 6), LocalDate.of(2013, 8, 14), LocalDate.of(2017, 8, 23));
        assertThat(r.bars()).allSatisfy(b -> assertThat(b.ticker()).isEqualTo("0700.HK"));
    }

    @Test
    void nvdaYahooWithoutFinalNewlineLoadsItsLastRow() throws IOException {
        var r = read("yahoo-classic/Bluefin-Tuna__Yahoo-Finance-Historical-Data/NVDA.csv");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.bars()).hasSize(5510);
        PriceBar last = r.bars().get(r.bars().size() - 1);
        assertThat(last.date()).isEqualTo(LocalDate.of(2020, 12, 11));
        assertThat(last.volume()).isEqualByComparingTo("5228600");
        assertThat(r.bars().get(0).adjClose()).isEqualByComparingTo("1.508412");
    }

    @Test
    void babaIpoDay() throws IOException {
        var r = read("yahoo-classic/Bluefin-Tuna__Yahoo-Finance-Historical-Data/BABA.csv");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.bars()).hasSize(1570);
        PriceBar first = r.bars().get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2014, 9, 19));
        assertThat(first.open()).isEqualByComparingTo("92.699997");
        assertThat(first.close()).isEqualByComparingTo("93.889999");
    }

    @Test
    void stooqAppendedRowsAreRejected() throws IOException {
        var r = read("stooq/ancabero__ForecastingNVIDIA/nvda_us_d.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.STOOQ);
        var outside = r.rejects().stream().filter(j -> j.reason().startsWith("close_outside_range")).toList();
        assertThat(outside).hasSize(12);
        assertThat(outside).extracting(Reject::line)
                .containsExactly(6303L, 6305L, 6306L, 6307L, 6308L, 6309L, 6310L, 6312L, 6313L, 6314L, 6315L, 6316L);
        // the three copied rows whose made-up close happens to fall inside [low, high]
        assertThat(r.rejects().stream().filter(j -> j.reason().startsWith("stale_bar"))).extracting(Reject::line)
                .containsExactly(6302L, 6304L, 6311L);
        assertThat(r.bars()).hasSize(6300);
        assertThat(r.bars().get(r.bars().size() - 1).date()).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(r.bars()).allSatisfy(b -> assertThat(b.ticker()).isEqualTo("NVDA"));
        assertThat(r.bars()).filteredOn(b -> b.date().equals(LocalDate.of(2010, 4, 26)))
                .singleElement().satisfies(b -> assertThat(b.volume()).isEqualByComparingTo("0"));
    }

    @Test
    void stooqPolishHeaders() throws IOException {
        var r = read("stooq-polish-headers/tomeknazz__Candle_Charts/nvda_us_d.csv");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.bars()).hasSize(6279);
    }

    @Test
    void stooqBulk() throws IOException {
        var r = read("stooq-bulk-txt/ShreyPatel1311__Quantum-Machine-Learning/nvda.us.txt");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.STOOQ_BULK);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.bars()).hasSize(6729);
        assertThat(r.bars().get(0)).extracting(PriceBar::ticker, PriceBar::date).containsExactly("NVDA", LocalDate.of(1999, 1, 22));
    }

    @Test
    void nasdaq() throws IOException {
        var r = read("nasdaq/MelissaConnors__public-demo-files/APPL_TenYears.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.NASDAQ);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.bars()).hasSize(2515);
        assertThat(r.bars().get(0)).extracting(PriceBar::date, PriceBar::close).containsExactly(LocalDate.of(2025, 6, 27), new BigDecimal("201.08"));
        assertThat(r.bars().get(2514).date()).isEqualTo(LocalDate.of(2015, 6, 29));
    }

    @Test
    void nasdaqReformatted() throws IOException {
        var r = read("nasdaq-reformatted/MelissaConnors__public-demo-files/HistoricalData_NVDA.csv");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.bars()).hasSize(2515);
        assertThat(r.bars().get(0).ticker()).isEqualTo("NVDA");
    }

    @Test
    void yfinanceHistoryAndDownload() throws IOException {
        var h = read("yfinance-history/Georgelikechen__George-portfolio_optimization/0700.HK.csv");
        assertThat(h.layout()).isEqualTo(PriceCsvReader.Layout.YFINANCE_HISTORY);
        assertThat(h.rejects()).isEmpty();
        assertThat(h.bars()).hasSize(1323);
        assertThat(h.bars().get(0).date()).isEqualTo(LocalDate.of(2020, 1, 2));
        var d = read("yfinance-download-multiheader/jaypoon1001__DASE2/9988.HK2.csv");
        assertThat(d.layout()).isEqualTo(PriceCsvReader.Layout.YFINANCE_DOWNLOAD);
        assertThat(d.rejects()).isEmpty();
        assertThat(d.bars()).hasSize(303);
        var w = read("yfinance-history/jaypoon1001__DASE2/9988.HK.csv");
        // the same weekly bars in two layouts (float digits may differ in the last place)
        assertThat(d.bars()).extracting(PriceBar::date, PriceBar::volume)
                .isEqualTo(w.bars().stream().map(b -> tuple(b.date(), b.volume())).toList());
    }

    @Test
    void excelDayFirstAndFullPrecision() throws IOException {
        var x = read("yahoo-excel-ddmmyyyy/felixshadow220__investment12122020/9988.HK.csv");
        assertThat(x.rejects()).isEmpty();
        assertThat(x.bars()).hasSize(250);
        assertThat(x.bars()).extracting(PriceBar::date).contains(LocalDate.of(2019, 12, 3)).doesNotContain(LocalDate.of(2019, 3, 12));
        var f = read("yahoo-fullprecision/RayLam802__Stock-MArket-Forecasting/9988.HK.csv");
        assertThat(f.rejects()).isEmpty();
        assertThat(f.bars()).hasSize(972);
        assertThat(f.bars().get(0).open()).isEqualByComparingTo(x.bars().get(0).open());
    }
}
