package io.roundup.market;

import io.roundup.domain.Listing;
import io.roundup.domain.PriceBar;
import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The job's sample input under input/: what loads and what is rejected, as PROVENANCE.md says. */
class SampleInputTest {

    static final Path INPUT = Path.of("input");

    static PriceCsvReaderTest.Result prices(String name) throws IOException {
        Path p = INPUT.resolve("prices").resolve(name);
        assumeTrue(Files.isReadable(p), "sample input not present: " + p);
        return PriceCsvReaderTest.read(Files.newBufferedReader(p), name, LocalDate.of(2026, 4, 30));
    }

    @Test
    void zhipuFirstDayLoadsAndSyntheticRowIsRejected() throws IOException {
        var r = prices("2513.HK.csv");
        assertThat(r.bars()).singleElement().satisfies(b -> {
            assertThat(b.ticker()).isEqualTo("2513.HK");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 1, 8));
            assertThat(b.open()).isEqualByComparingTo("120.00");
            assertThat(b.high()).isEqualByComparingTo("135.00");
            assertThat(b.low()).isEqualByComparingTo("116.10");
            assertThat(b.close()).isEqualByComparingTo("131.50");
        });
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(3);
            assertThat(j.reason()).startsWith("high_below_low");
        });
    }

    @Test
    void realPriceCopies() throws IOException {
        assertThat(prices("BABA.csv").bars()).hasSize(1570);
        assertThat(prices("BIDU.csv").bars()).hasSize(3866);
        var tencent = prices("0700.HK.csv");
        assertThat(tencent.bars()).hasSize(3444);
        assertThat(tencent.rejects()).hasSize(13);
        var stooq = prices("nvda_us_d.csv");
        assertThat(stooq.bars()).hasSize(6300).allSatisfy(b -> assertThat(b.ticker()).isEqualTo("NVDA"));
        assertThat(stooq.rejects()).hasSize(15);
    }

    @Test
    void listings() throws IOException {
        Path p = INPUT.resolve("listings.csv");
        assumeTrue(Files.isReadable(p), "sample input not present: " + p);
        var r = ListingCsvReaderTest.read(Files.newBufferedReader(p), "listings.csv");
        assertThat(r.listings()).extracting(Listing::company, Listing::exchange, Listing::ticker, Listing::listingDate)
                .containsExactly(
                        tuple("Zhipu AI", "HKEX", "2513", LocalDate.of(2026, 1, 8)),
                        tuple("MiniMax", "HKEX", "100", LocalDate.of(2026, 1, 9)),
                        tuple("Alibaba", "NYSE", "BABA", LocalDate.of(2014, 9, 19)),
                        tuple("Baidu", "Nasdaq", "BIDU", LocalDate.of(2005, 8, 5)));
        Listing zhipu = r.listings().get(0);
        assertThat(zhipu.offerPrice()).isEqualByComparingTo("116.20");
        assertThat(zhipu.currency()).isEqualTo(Currency.getInstance("HKD"));
        assertThat(zhipu.shares()).isEqualTo(440_228_137L);
        assertThat(zhipu.proceeds()).isEqualByComparingTo("4348000000");
        assertThat(r.listings().get(1).proceeds()).isEqualByComparingTo(new BigDecimal("4817604000"));
        assertThat(r.rejects()).extracting(Reject::line, j -> j.reason().split(":")[0])
                .containsExactly(tuple(6L, "unknown_currency"), tuple(7L, "truncated"));
    }
}
