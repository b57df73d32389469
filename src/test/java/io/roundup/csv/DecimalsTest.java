package io.roundup.csv;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTest {

    /** What the string parser makes of a plain cell: a trailing point reads as ".0". */
    private static BigDecimal parsedByBigDecimal(String plain) {
        return new BigDecimal(plain.endsWith(".") ? plain + "0" : plain);
    }

    @Test
    void plainCellsGetTheValueAndScaleOfTheStringParser() {
        for (String s : new String[]{"0", "7", "007", "410.0000", "0.000", ".5", "5.", "0.", "123456789012345678",
                "12345678901234567.", "1.23456789012345678", "999999999999999999", "0.088"}) {
            assertThat(Decimals.plainDecimal(s)).as(s).isEqualTo(parsedByBigDecimal(s)); // equals: scale too
        }
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            int length = 1 + random.nextInt(18);
            StringBuilder b = new StringBuilder();
            for (int d = 0; d < length; d++) b.append((char) ('0' + random.nextInt(10)));
            if (random.nextBoolean()) b.insert(random.nextInt(length + 1), '.');
            String s = b.toString();
            BigDecimal fast = Decimals.plainDecimal(s);
            if (fast == null) assertThat(length).as(s + ": 18 digits and a point, read as 19").isEqualTo(18);
            else assertThat(fast).as(s).isEqualTo(parsedByBigDecimal(s));
            assertThat(Decimals.parse(s, false)).as(s).isEqualTo(parsedByBigDecimal(s));
        }
    }

    @Test
    void longerCellsAreLeftToTheStringParser() {
        assertThat(Decimals.plainDecimal("1234567890123456789")).isNull();
        assertThat(Decimals.plainDecimal("123456789012345678.")).isNull();
        assertThat(Decimals.parse("12345678901234567890.5", false)).isEqualTo(new BigDecimal("12345678901234567890.5"));
        assertThat(Decimals.parse("-0.50", false)).isEqualTo(new BigDecimal("-0.50"));
        assertThat(Decimals.parse("5.", false)).isEqualTo(new BigDecimal("5.0"));
        assertThat(Decimals.parse("1234", true)).isEqualTo(new BigDecimal("1234"));
    }

    @Test
    void decimalPointAndDecimalCommaFiles() {
        assertThat(Decimals.parse("1.234,5", true)).isEqualByComparingTo("1234.5");
        assertThat(Decimals.parse("1 234,5", true)).isEqualByComparingTo("1234.5");
        assertThat(Decimals.parse("1.234.567", true)).isEqualByComparingTo("1234567");
        assertThat(Decimals.parse("10.5", true)).isEqualByComparingTo("10.5");
        assertThat(Decimals.parse("1.234", true)).isEqualByComparingTo("1234");
        assertThat(Decimals.parse("1.234", false)).isEqualByComparingTo("1.234");
        assertThat(Decimals.parse("0.088", true)).isEqualByComparingTo("0.088");
        assertThat(Decimals.parse("1,234.5", false)).isEqualByComparingTo("1234.5");
        assertThat(Decimals.parse("1'234.5", false)).isEqualByComparingTo("1234.5");
        assertThat(Decimals.parse("-3", false)).isEqualByComparingTo("-3");
        assertThat(Decimals.parse("1,5", false)).isNull();
        assertThat(Decimals.parse("1,23,456", false)).isNull();
        assertThat(Decimals.parse("1e5", true)).isNull();
        assertThat(Decimals.parse("", true)).isNull();
    }
}
