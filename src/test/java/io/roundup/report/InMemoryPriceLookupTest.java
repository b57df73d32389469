package io.roundup.report;

import io.roundup.domain.PriceBar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.roundup.report.Fixtures.bar;
import static org.assertj.core.api.Assertions.assertThat;

class InMemoryPriceLookupTest {

    private final PriceLookup prices = new InMemoryPriceLookup(List.of(
            bar("0700.HK", "2018-05-30", "1", "1", "1", "400"),
            bar("0700.HK", "2018-06-01", "1", "1", "1", "410"),
            bar("0700.HK", "2018-06-01", "1", "1", "1", "999"), // duplicate day: first wins
            bar("NVDA", "2020-12-11", "1", "1", "1", "530.5")));

    @Test
    void exactDayInAnySpelling() {
        LocalDate day = LocalDate.of(2018, 6, 1);
        assertThat(prices.on("700.HK", day)).map(PriceBar::close).contains(new BigDecimal("410"));
        assertThat(prices.on("HKEX:00700", day)).map(PriceBar::close).contains(new BigDecimal("410"));
        assertThat(prices.on("0700.HK", LocalDate.of(2018, 5, 31))).isEmpty();
        assertThat(prices.on("nvda.us", LocalDate.of(2020, 12, 11))).isPresent();
    }

    @Test
    void latestOnOrBefore() {
        assertThat(prices.latestOnOrBefore("0700.HK", LocalDate.of(2018, 5, 31)))
                .map(PriceBar::date).contains(LocalDate.of(2018, 5, 30));
        assertThat(prices.latestOnOrBefore("0700.HK", LocalDate.of(2030, 1, 1)))
                .map(PriceBar::date).contains(LocalDate.of(2018, 6, 1));
        assertThat(prices.latestOnOrBefore("0700.HK", LocalDate.of(2018, 5, 29))).isEmpty();
        assertThat(prices.latestOnOrBefore("UNKNOWN", LocalDate.of(2018, 6, 1))).isEmpty();
        assertThat(prices.latestOnOrBefore(null, LocalDate.of(2018, 6, 1))).isEmpty();
    }
}
