package io.roundup.market;

import io.roundup.domain.PriceBar;
import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 7: encodings and shapes, headerless Stooq, duplicates that conflict. */
class PriceCsvReaderShapesTest {

    static PriceCsvReaderTest.Result read(String text, String name) throws IOException {
        return PriceCsvReaderTest.read(new StringReader(text), name, LocalDate.of(2026, 4, 30));
    }

    @Test
    void semicolonDelimiterWithDecimalCommasAndDotThousands() throws IOException {
        var r = read("Date;Open;High;Low;Close;Adj Close;Volume\n2024-01-02;10,5;11,25;9,5;10,75;10,75;1.234.567\n"
                + "2024-01-03;1.210,5;1.220;1.200;1.215;1.215;1 000;\n2024-01-04;0.088;0.09;0.08;0.085;0.085;12\n", "X.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.YAHOO);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.bars()).extracting(PriceBar::open, PriceBar::high, PriceBar::volume).containsExactly(
                tuple(new BigDecimal("10.5"), new BigDecimal("11.25"), new BigDecimal("1234567")),
                tuple(new BigDecimal("1210.5"), new BigDecimal("1220"), new BigDecimal("1000")),
                tuple(new BigDecimal("0.088"), new BigDecimal("0.09"), new BigDecimal("12")));
    }

    @Test
    void bomCrlfQuotedThousandsTrailingDelimiterBlankLinesAndTruncatedLastLine() throws IOException {
        var r = read("\uFEFFDate,Open,High,Low,Close,Adj Close,Volume,\r\n\r\n"
                + "2024-01-02,\"1,200.00\",\"1,210.00\",\"1,190.00\",\"1,205.00\",\"1,205.00\",\"2,500\",\r\n"
                + "\r\n2024-01-03,1201,1211,1191,1206,1206,2600,\r\n2024-01-04,1201,1211,11", "X.csv");
        assertThat(r.bars()).extracting(PriceBar::date).containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3));
        assertThat(r.bars().get(0).open()).isEqualByComparingTo("1200");
        assertThat(r.bars().get(0).volume()).isEqualByComparingTo("2500");
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(6);
            assertThat(j.reason()).isEqualTo("truncated: expected 7 fields as in the header, got 4");
        });
        var q = read("Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,0.5,1.5,10\n2024-01-03,\"1,2", "X.csv");
        assertThat(q.codes()).containsExactly("malformed_csv"); // cut inside a quote
    }

    @Test
    void stooqWithoutHeaderLine() throws IOException {
        var r = read("2000-01-24,0.0882891,0.0882891,0.0811881,0.0816574,70416405.361298\n"
                + "2000-01-25,0.0818,0.0830,0.0800,0.0820,1000\n", "nvda_us_d.csv");
        assertThat(r.layout()).isEqualTo(PriceCsvReader.Layout.STOOQ);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.bars()).extracting(PriceBar::ticker, PriceBar::date, PriceBar::volume).containsExactly(
                tuple("NVDA", LocalDate.of(2000, 1, 24), new BigDecimal("70416405.361298")),
                tuple("NVDA", LocalDate.of(2000, 1, 25), new BigDecimal("1000")));
        var five = read("2000-01-24,1,2,0.5,1.5\n", "X.csv");
        assertThat(five.bars()).singleElement().satisfies(b -> assertThat(b.volume()).isNull());
        var bulk = read("NVDA.US,D,19990122,000000,0.0401271,0.0447103,0.0355331,0.0376018,740416863,0\n", "whatever.txt");
        assertThat(bulk.layout()).isEqualTo(PriceCsvReader.Layout.STOOQ_BULK);
        assertThat(bulk.bars()).extracting(PriceBar::ticker).containsExactly("NVDA");
    }

    @Test
    void realStooqFileWithItsHeaderLineRemoved() throws IOException {
        Path p = Path.of("../shared/data/market/prices/stooq/ancabero__ForecastingNVIDIA/nvda_us_d.csv");
        assumeTrue(Files.isReadable(p), "shared file not present");
        String text = Files.readString(p);
        var r = read(text.substring(text.indexOf('\n') + 1), "nvda_us_d.csv");
        assertThat(r.bars()).hasSize(6300);
        assertThat(r.rejects()).hasSize(15);
        assertThat(r.rejects().get(0).line()).isEqualTo(6301L); // one line less than with the header
    }

    @Test
    void futureDateAgainstRunDate() throws IOException {
        var r = read("Date,Open,High,Low,Close,Volume\n2026-04-30,1,2,0.5,1.5,10\n2026-05-01,1,2,0.5,1.5,11\n", "X.csv");
        assertThat(r.bars()).extracting(PriceBar::date).containsExactly(LocalDate.of(2026, 4, 30));
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(3);
            assertThat(j.reason()).isEqualTo("future_date: column Date 2026-05-01 expected on or before run date 2026-04-30");
        });
    }

    @Test
    void exactDuplicateKeepsFirstSameValuesOtherwiseWrittenToo() throws IOException {
        var r = read("""
                Date,Open,High,Low,Close,Volume
                2024-01-02,1,2,0.5,1.5,10
                2024-01-02,1,2,0.5,1.5,10
                2024-01-02,1.0,2.00,0.5,1.5,10
                2024-01-03,1,2,0.5,1.6,12
                """, "X.csv");
        assertThat(r.bars()).extracting(PriceBar::date).containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3));
        assertThat(r.rejects()).extracting(Reject::line, Reject::reason).containsExactly(
                tuple(3L, "duplicate_row: identical to line 2 (first kept)"),
                tuple(4L, "duplicate_row: same bar as line 2 (first kept)"));
    }

    @Test
    void conflictingDuplicateKeepsNoneAndNamesTheConflict() throws IOException {
        var r = read("""
                Date,Open,High,Low,Close,Volume
                2024-01-02,1,2,0.5,1.5,10
                2024-01-03,1,2,0.5,1.6,12
                2024-01-02,1,2,0.5,1.4,10
                """, "X.csv");
        assertThat(r.bars()).extracting(PriceBar::date).containsExactly(LocalDate.of(2024, 1, 3));
        assertThat(r.rejects()).extracting(Reject::line).containsExactly(2L, 4L);
        assertThat(r.rejects()).extracting(Reject::reason).containsOnly(
                "conflicting_duplicate: X 2024-01-02 has different bars on lines 2, 4 (Close 1.5 vs 1.4 on lines 2 and 4); none kept");
        // rows come out in file order
        List<Long> order = PriceCsvReaderTest.read(new StringReader("Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,0.5,1.5,10\n"
                + "2024-01-03,1,2,0.5,1.6,12\n2024-01-02,1,2,0.5,1.4,10\n"), "X.csv", null).rejects().stream().map(Reject::line).toList();
        assertThat(order).isSorted();
    }
}
