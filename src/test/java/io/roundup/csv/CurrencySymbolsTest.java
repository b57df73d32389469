package io.roundup.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class CurrencySymbolsTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"HK$|HKD", " us$ |USD", "$|USD", "RMB|CNY", "cn¥|CNY", "CNH|CNY", "Yuan|CNY", "人民币|CNY",
            "港币|HKD", "美元|USD", "JP¥|JPY", "日元|JPY", "円|JPY", "yen|JPY", "€|EUR", "euros|EUR", "英镑|GBP", "£|GBP", "NT$|TWD",
            "₩|KRW", "₹|INR", "US Dollars|USD", "hkd|HKD", "chf|CHF"})
    void symbolsWordsAndIsoCodes(String text, String code) {
        assertThat(CurrencySymbols.resolve(text, null)).isEqualTo(Currency.getInstance(code));
    }

    @Test
    void unknownTextAndCodesOfNoMoneyAreNoCurrency() {
        assertThat(CurrencySymbols.resolve("XAU", null)).isNull();
        assertThat(CurrencySymbols.resolve("ZZZ", null)).isNull();
        assertThat(CurrencySymbols.resolve("bitcoin", null)).isNull();
        assertThat(CurrencySymbols.resolve("", null)).isNull();
    }

    @Test
    void aBareYenSignIsWhatTheCallersContextSays() {
        assertThat(CurrencySymbols.resolve("¥", CNY)).isEqualTo(CNY);
        assertThat(CurrencySymbols.resolve(" ￥ ", JPY)).isEqualTo(JPY);
        assertThat(CurrencySymbols.resolve("¥", null)).isNull();
        assertThat(CurrencySymbols.isYenSign("￥")).isTrue();
        assertThat(CurrencySymbols.isYenSign("JP¥")).isFalse();

        assertThat(CurrencySymbols.yenOn("SSE")).isEqualTo(CNY);
        assertThat(CurrencySymbols.yenOn("SZSE")).isEqualTo(CNY);
        assertThat(CurrencySymbols.yenOn("BSE")).isEqualTo(CNY);
        assertThat(CurrencySymbols.yenOn("TSE")).isEqualTo(JPY);
        assertThat(CurrencySymbols.yenOn("HKEX")).isNull();

        assertThat(CurrencySymbols.yenBeside(CNY)).isEqualTo(CNY);
        assertThat(CurrencySymbols.yenBeside(JPY)).isEqualTo(JPY);
        assertThat(CurrencySymbols.yenBeside(Currency.getInstance("USD"))).isNull();
        assertThat(CurrencySymbols.yenBeside(null)).isNull();
    }
}
