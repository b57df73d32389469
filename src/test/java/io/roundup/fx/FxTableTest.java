package io.roundup.fx;

import io.roundup.domain.EuroRate;
import io.roundup.domain.Parsed;
import io.roundup.domain.UsdRate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FxTableTest {

    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency HKD = Currency.getInstance("HKD");
    static final Currency CNY = Currency.getInstance("CNY");
    static final Currency BGN = Currency.getInstance("BGN");
    static final Currency GBP = Currency.getInstance("GBP");
    static final LocalDate JAN8 = LocalDate.of(2026, 1, 8); // Thursday

    static EuroRate rate(LocalDate d, Currency c, String v) {
        return new EuroRate(d, c, new BigDecimal(v));
    }

    static FxTable sample() {
        return FxTable.of(List.of(
                rate(JAN8, USD, "1.1675"), rate(JAN8, HKD, "9.0981"), rate(JAN8, CNY, "8.1513"),
                rate(JAN8.plusDays(1), USD, "1.1642"), rate(JAN8.plusDays(1), HKD, "9.0734"),
                rate(LocalDate.of(2025, 12, 31), BGN, "1.9558"), rate(LocalDate.of(2025, 12, 31), USD, "1.1750"),
                rate(JAN8.plusDays(5), HKD, "9.5"))); // HKD without USD that day
    }

    @Test
    void hkdPerUsdIsTheCrossRate() {
        UsdRate r = sample().on(HKD, JAN8).orElseThrow();
        assertThat(r.date()).isEqualTo(JAN8);
        assertThat(r.perUsd()).isEqualByComparingTo("7.792805139186296"); // 9.0981 / 1.1675, 16 digits
        assertThat(r.perUsd().precision()).isLessThanOrEqualTo(16);
    }

    @Test
    void saturdayFallsBackToFriday() {
        UsdRate r = sample().on(HKD, LocalDate.of(2026, 1, 10)).orElseThrow();
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(r.perUsd()).isEqualByComparingTo(new BigDecimal("9.0734").divide(new BigDecimal("1.1642"), FxTable.MC));
    }

    @Test
    void dayWithoutUsdQuoteIsSkipped() {
        UsdRate r = sample().on(HKD, JAN8.plusDays(5)).orElseThrow();
        assertThat(r.date()).isEqualTo(JAN8.plusDays(1));
    }

    @Test
    void beforeHistoryOrNeverQuotedIsEmpty() {
        assertThat(sample().on(HKD, LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(sample().on(GBP, JAN8)).isEmpty();
        assertThat(sample().on(EUR, LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void eurAndUsd() {
        FxTable t = sample();
        assertThat(t.on(EUR, JAN8)).map(UsdRate::perUsd).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.8565310492505353"));
        assertThat(t.on(USD, LocalDate.of(2026, 1, 11))).contains(new UsdRate(LocalDate.of(2026, 1, 9), BigDecimal.ONE));
        assertThat(t.on(USD, LocalDate.of(1990, 1, 1))).contains(new UsdRate(LocalDate.of(1990, 1, 1), BigDecimal.ONE));
    }

    @Test
    void discontinuedCurrencyKeepsItsLastQuote() {
        assertThat(sample().on(BGN, JAN8)).map(UsdRate::date).contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void builderIsIncrementalFirstQuoteWinsAndRejectsNonsense() {
        FxTable.Builder b = FxTable.builder().add(rate(JAN8, USD, "1.1675")).add(rate(JAN8, USD, "2"))
                .add(rate(JAN8, HKD, "9.0981")).add(rate(JAN8, EUR, "1"));
        FxTable t = b.build();
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.currencies()).containsExactlyInAnyOrder(USD, HKD);
        assertThat(t.perEur(USD, JAN8)).contains(new BigDecimal("1.1675"));
        assertThatThrownBy(() -> FxTable.builder().add(rate(JAN8, HKD, "0"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HKD").hasMessageContaining("positive");
    }

    @Test
    void realEcbFile() throws IOException {
        assumeTrue(Files.isReadable(EcbHistoryReaderTest.SHARED_HIST), "shared ECB history not present");
        FxTable.Builder b = FxTable.builder();
        try (EcbHistoryReader r = new EcbHistoryReader(Files.newBufferedReader(EcbHistoryReaderTest.SHARED_HIST), "eurofxref-hist.csv")) {
            for (Parsed<List<EuroRate>> p; (p = r.next()) != null; ) {
                assertThat(p.isOk()).isTrue();
                b.addAll(p.value());
            }
        }
        FxTable t = b.build();
        assertThat(t.on(HKD, JAN8)).map(UsdRate::perUsd).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7.792805139186296"));
        assertThat(t.on(CNY, JAN8)).map(UsdRate::perUsd).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6.981841541755889"));
        // 2026-01-10 is a Saturday, 2026-01-01 a TARGET holiday
        assertThat(t.on(HKD, LocalDate.of(2026, 1, 10))).map(UsdRate::date).contains(LocalDate.of(2026, 1, 9));
        assertThat(t.on(HKD, LocalDate.of(2026, 1, 1))).map(UsdRate::date).contains(LocalDate.of(2025, 12, 31));
        assertThat(t.on(HKD, LocalDate.of(1999, 1, 3))).isEmpty();
        assertThat(t.on(CNY, LocalDate.of(2005, 3, 31))).isEmpty(); // CNY quoted from 2005-04-01
        assertThat(t.on(HKD, LocalDate.of(2030, 1, 1))).map(UsdRate::date).contains(LocalDate.of(2026, 4, 13));
        Optional<UsdRate> bgn = t.on(BGN, LocalDate.of(2026, 1, 8));
        assertThat(bgn).map(UsdRate::date).contains(LocalDate.of(2025, 12, 31));
    }

    static PublishedRate fred(LocalDate d, String series, String v) {
        FredSeries.Pair p = FredSeries.of(series).orElseThrow();
        return new PublishedRate(d, p.base(), p.quote(), new BigDecimal(v), "FRED " + series);
    }

    @Test
    void fredAloneConvertsPerUsdAndInvertsUsdPerEur() {
        FxTable t = FxTable.ofPublished(List.of(fred(JAN8, "DEXHKUS", "7.7924"), fred(JAN8, "DEXUSEU", "1.1675"),
                fred(JAN8, "DEXUSUK", "1.25")));
        assertThat(t.quote(HKD, JAN8)).contains(new SourcedUsdRate(JAN8, new BigDecimal("7.7924"), "FRED DEXHKUS"));
        assertThat(t.quote(EUR, JAN8)).hasValueSatisfying(u -> {
            assertThat(u.perUsd()).isEqualByComparingTo("0.8565310492505353");
            assertThat(u.source()).isEqualTo("FRED DEXUSEU");
        });
        assertThat(t.quote(GBP, JAN8.plusDays(3))).hasValueSatisfying(u -> {
            assertThat(u.perUsd()).isEqualByComparingTo("0.8");
            assertThat(u.date()).isEqualTo(JAN8);
        });
        assertThat(t.quote(USD, JAN8)).contains(new SourcedUsdRate(JAN8, BigDecimal.ONE, "identity"));
        assertThat(t.quote(CNY, JAN8)).isEmpty();
    }

    @Test
    void precedenceEcbOverFredOnTheSameDayLatestDayOtherwise() {
        List<PublishedRate> quotes = new ArrayList<>();
        quotes.add(fred(JAN8, "DEXHKUS", "7.7924")); // FRED first: order must not matter
        quotes.add(fred(JAN8.plusDays(4), "DEXHKUS", "7.80")); // Monday 12th: FRED only
        for (EuroRate r : List.of(rate(JAN8, USD, "1.1675"), rate(JAN8, HKD, "9.0981"), rate(JAN8.plusDays(1), USD, "1.1642"),
                rate(JAN8.plusDays(1), HKD, "9.0734"))) {
            quotes.add(PublishedRate.ecb(r));
        }
        FxTable t = FxTable.ofPublished(quotes);
        assertThat(t.quote(HKD, JAN8)).map(SourcedUsdRate::source).contains("ECB");
        assertThat(t.quote(HKD, JAN8).orElseThrow().perUsd()).isEqualByComparingTo("7.792805139186296");
        assertThat(t.quote(HKD, JAN8.plusDays(2))).map(SourcedUsdRate::date).contains(JAN8.plusDays(1)); // Saturday: ECB Friday
        assertThat(t.quote(HKD, JAN8.plusDays(4))).contains(new SourcedUsdRate(JAN8.plusDays(4), new BigDecimal("7.80"), "FRED DEXHKUS"));
        assertThat(t.on(HKD, JAN8.plusDays(4))).contains(new UsdRate(JAN8.plusDays(4), new BigDecimal("7.80")));
        assertThat(t.size()).isEqualTo(6);
    }

    @Test
    void betweenNonEcbSourcesFredWinsThenFirstAdded() {
        FxTable t = FxTable.ofPublished(List.of(new PublishedRate(JAN8, USD, HKD, new BigDecimal("7.9"), "Bloomberg"),
                fred(JAN8, "DEXHKUS", "7.7924"), new PublishedRate(JAN8, USD, CNY, new BigDecimal("7.1"), "vendorA"),
                new PublishedRate(JAN8, USD, CNY, new BigDecimal("7.2"), "vendorB"), new PublishedRate(JAN8, HKD, CNY, new BigDecimal("0.9"), "x")));
        assertThat(t.quote(HKD, JAN8)).map(SourcedUsdRate::source).contains("FRED DEXHKUS");
        assertThat(t.quote(CNY, JAN8)).map(SourcedUsdRate::source).contains("vendorA");
        assertThat(t.ignored()).isEqualTo(1);
        assertThat(PublishedRate.rank("ECB")).isLessThan(PublishedRate.rank("FRED DEXHKUS"));
        assertThat(PublishedRate.ecb(rate(JAN8, HKD, "9")).toEuroRate()).contains(rate(JAN8, HKD, "9"));
        assertThat(fred(JAN8, "DEXUSEU", "1.1").toEuroRate()).isEmpty();
    }
}
