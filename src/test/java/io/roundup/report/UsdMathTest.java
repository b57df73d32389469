package io.roundup.report;

import io.roundup.domain.UsdRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import static io.roundup.report.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

class UsdMathTest {

    @Test
    void hkdPerUsdFromEcbCrossRate() {
        UsdRate r = UsdMath.perUsd(Fixtures.ecb(), Currency.getInstance("HKD"), LocalDate.of(2026, 1, 10)).orElseThrow();
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 1, 8)); // last quote on or before
        assertThat(UsdMath.roundRate(r.perUsd())).isEqualByComparingTo("7.79281");
    }

    @Test
    void usdNeedsNoRateAndUnknownCurrencyHasNone() {
        assertThat(UsdMath.perUsd(null, UsdMath.USD, null)).map(UsdRate::perUsd).contains(BigDecimal.ONE);
        assertThat(UsdMath.perUsd(Fixtures.ecb(), Currency.getInstance("JPY"), LocalDate.of(2026, 1, 8))).isEmpty();
        assertThat(UsdMath.perUsd(Fixtures.ecb(), Currency.getInstance("HKD"), LocalDate.of(2025, 1, 8))).isEmpty();
    }

    @Test
    void roundingIsHalfEven() {
        assertThat(UsdMath.roundUsd(bd("2.5"))).isEqualByComparingTo("2");
        assertThat(UsdMath.roundUsd(bd("3.5"))).isEqualByComparingTo("4");
        assertThat(UsdMath.roundUsd(null)).isNull();
        assertThat(UsdMath.returnPct(bd("131.50"), bd("116.20"))).isEqualByComparingTo("13.17");
        assertThat(UsdMath.returnPct(bd("100"), bd("0"))).isNull();
        assertThat(UsdMath.returnPct(bd("90"), bd("100"))).isEqualByComparingTo("-10");
    }
}
