package io.roundup.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TickerKeysTest {

    @Test
    void hongKongFormsShareOneKey() {
        assertThat(TickerKeys.key("HKEX", "2513")).isEqualTo("2513.HK");
        assertThat(TickerKeys.key("2513.HK")).isEqualTo("2513.HK");
        assertThat(TickerKeys.key("02513.HK")).isEqualTo("2513.HK");
        assertThat(TickerKeys.key("02513.hk")).isEqualTo("2513.HK");
        assertThat(TickerKeys.key("HKEX:02513")).isEqualTo("2513.HK");
        assertThat(TickerKeys.key("HK.02513")).isEqualTo("2513.HK");
        assertThat(TickerKeys.key("2513 HK")).isEqualTo("2513.HK");
        assertThat(TickerKeys.key("SEHK", "02513")).isEqualTo("2513.HK");
        assertThat(TickerKeys.key("HKEX", "02513.HK")).isEqualTo("2513.HK");
    }

    @Test
    void tencentAndAlibaba() {
        assertThat(TickerKeys.key("0700.HK")).isEqualTo(TickerKeys.key("HKEX", "700")).isEqualTo("700.HK");
        assertThat(TickerKeys.key("9988.HK")).isEqualTo(TickerKeys.key("Hong Kong", "9988"));
        assertThat(TickerKeys.key("HKEX", "0100")).isEqualTo("100.HK");
    }

    @Test
    void usTickersStayAsTheyAre() {
        assertThat(TickerKeys.key("Nasdaq", "NVDA")).isEqualTo("NVDA");
        assertThat(TickerKeys.key("NVDA")).isEqualTo("NVDA");
        assertThat(TickerKeys.key("nvda.us")).isEqualTo("NVDA");
        assertThat(TickerKeys.key("NYSE", "BABA")).isEqualTo("BABA");
        assertThat(TickerKeys.key("NYSE", "BRK.B")).isEqualTo("BRK.B");
        assertThat(TickerKeys.key("NASDAQ:NVDA")).isEqualTo("NVDA");
    }

    @Test
    void mainlandCodes() {
        assertThat(TickerKeys.key("SSE", "688256")).isEqualTo("688256.SS").isEqualTo(TickerKeys.key("688256.SS"));
        assertThat(TickerKeys.key("SZSE", "000001")).isEqualTo(TickerKeys.key("000001.SZ"));
    }

    @Test
    void missingOrUnknown() {
        assertThat(TickerKeys.key(null)).isNull();
        assertThat(TickerKeys.key("  ")).isNull();
        assertThat(TickerKeys.key("HKEX", null)).isNull();
        assertThat(TickerKeys.key(null, "2513")).isEqualTo("2513"); // market unknown: not guessed
        assertThat(TickerKeys.key("Mars Exchange", "abc")).isEqualTo("ABC");
        assertThat(TickerKeys.suffix("HKEX")).isEqualTo("HK");
        assertThat(TickerKeys.suffix("NYSE")).isEmpty();
        assertThat(TickerKeys.suffix("nowhere")).isNull();
    }
}
