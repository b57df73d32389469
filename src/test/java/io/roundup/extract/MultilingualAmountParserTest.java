package io.roundup.extract;

import io.roundup.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Number and currency forms of English, Chinese and German news (issue 6). */
class MultilingualAmountParserTest {

    private static AmountParser.MoneySpan only(String text) {
        List<AmountParser.MoneySpan> all = AmountParser.findAll(text);
        assertThat(all).as(text).hasSize(1);
        return all.get(0);
    }

    private static void expect(String text, String amount, String currency) {
        Money m = only(text).money();
        assertThat(m.amount()).as(text).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(m.currencyCode()).as(text).isEqualTo(currency);
    }

    @Test
    void englishSignsCodesAndScales() {
        expect("raised $6.6 billion", "6600000000", "USD");
        expect("raised $6.6B", "6600000000", "USD");
        expect("raised US$6.6bn", "6600000000", "USD");
        expect("raised USD 6.6 billion", "6600000000", "USD");
        expect("€1.7 billion", "1700000000", "EUR");
        expect("EUR 1.7bn", "1700000000", "EUR");
        expect("£300m", "300000000", "GBP");
        expect("HK$4.35 billion", "4350000000", "HKD");
        expect("RMB 3 billion", "3000000000", "CNY");
        expect("3 billion yuan", "3000000000", "CNY");
    }

    @Test
    void yenSignIsYuanInAChineseContext() {
        expect("Sakana raised ¥20 billion", "20000000000", "JPY");
        expect("Zhipu raised ¥20 billion in a round priced in yuan", "20000000000", "CNY");
        expect("完成¥20亿融资", "2000000000", "CNY");
    }

    @Test
    void chineseUnitsAndNumerals() {
        expect("30亿元", "3000000000", "CNY");
        expect("5,000万美元", "50000000", "USD");
        expect("10亿港元", "1000000000", "HKD");
        expect("两亿美元", "200000000", "USD");
        expect("三十亿元", "3000000000", "CNY");
        expect("US$5亿", "500000000", "USD");
        assertThat(AmountParser.findAll("数千万美元")).as("vague").isEmpty();
    }

    @Test
    void numbersWrittenAsWords() {
        expect("ten billion dollars", "10000000000", "USD");
        expect("two hundred million euros", "200000000", "EUR");
        expect("half a billion dollars", "500000000", "USD");
        expect("zwei Milliarden Euro", "2000000000", "EUR");
        expect("eine Milliarde Euro", "1000000000", "EUR");
        expect("zweihundert Millionen Euro", "200000000", "EUR");
    }

    @Test
    void germanDecimalCommaAndAbbreviations() {
        expect("1,7 Mrd. Euro", "1700000000", "EUR");
        expect("600 Mio. Euro", "600000000", "EUR");
        expect("500 Millionen US-Dollar", "500000000", "USD");
        expect("1.500 Mio. Euro", "1500000000", "EUR");
        expect("€ 600 Mio.", "600000000", "EUR");
        expect("4,35 Mrd. HK-Dollar", "4350000000", "HKD");
        expect("2 Billionen Dollar", "2000000000000", "USD"); // German Billion is 10^12
        expect("raised $2 Billion", "2000000000", "USD");      // an English headline is not
    }

    @Test
    void hedgesInThreeLanguages() {
        for (String s : List.of("about $2 billion", "more than $1bn", "超5亿美元", "逾10亿元", "近3亿美元",
                "rund 500 Millionen Euro", "mehr als 1 Milliarde Dollar")) {
            assertThat(only(s).approximate()).as(s).isTrue();
        }
    }

    @Test
    void rangesAreFlagged() {
        assertThat(AmountParser.findAll("between $1 billion and $2 billion")).allMatch(AmountParser.MoneySpan::range);
        assertThat(AmountParser.findAll("$40 billion to $50 billion")).allMatch(AmountParser.MoneySpan::range);
        assertThat(only("HK$10-12 per share").range()).isTrue();
        assertThat(only("10亿至20亿元").range()).isTrue();
        assertThat(only("1 bis 2 Milliarden Euro").range()).isTrue();
        assertThat(AmountParser.findAll("from $60 billion to $100 billion")).noneMatch(AmountParser.MoneySpan::range);
    }
}
