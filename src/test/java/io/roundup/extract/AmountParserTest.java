package io.roundup.extract;

import io.roundup.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AmountParserTest {

    private static Money one(String text) {
        List<AmountParser.MoneySpan> all = AmountParser.findAll(text);
        assertThat(all).as(text).hasSize(1);
        return all.get(0).money();
    }

    private static void expect(String text, String amount, String currency) {
        Money m = one(text);
        assertThat(m.amount()).as(text).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(m.currencyCode()).as(text).isEqualTo(currency);
    }

    @Test
    void dollarForms() {
        expect("raised $6.6 billion", "6600000000", "USD");
        expect("raised $6.6B", "6600000000", "USD");
        expect("raised US$6.6bn", "6600000000", "USD");
        expect("raised USD 6.6 billion", "6600000000", "USD");
        expect("a $300m round", "300000000", "USD");
        expect("worth $1,250 million", "1250000000", "USD");
        expect("a $5 trillion company", "5000000000000", "USD");
    }

    @Test
    void otherCurrencies() {
        expect("€1.7 billion", "1700000000", "EUR");
        expect("£300m", "300000000", "GBP");
        expect("HK$4.348 billion", "4348000000", "HKD");
        expect("RMB 3 billion", "3000000000", "CNY");
        expect("3 billion yuan", "3000000000", "CNY");
        expect("500 million euros", "500000000", "EUR");
        expect("88 billion Hong Kong dollars", "88000000000", "HKD");
        expect("C$240 million", "240000000", "CAD");
    }

    @Test
    void chineseUnits() {
        expect("融资30亿元", "3000000000", "CNY");
        expect("5,000万美元", "50000000", "USD");
        expect("人民币30亿元", "3000000000", "CNY");
        expect("超过10亿美元的新一轮融资", "1000000000", "USD");
        expect("募资43.48亿港元", "4348000000", "HKD");
    }

    @Test
    void perSharePricesKeepTheirValue() {
        expect("an issue price of HK$116.20", "116.20", "HKD");
        expect("priced at $40 a share", "40", "USD");
    }

    @Test
    void hedgesAreFlagged() {
        List<AmountParser.MoneySpan> all = AmountParser.findAll("a valuation of approximately $4.3 billion, over $1 billion raised");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).approximate()).isTrue();
        assertThat(all.get(0).money().amount()).isEqualByComparingTo("4300000000");
        assertThat(all.get(1).approximate()).isTrue();
    }

    @Test
    void severalFiguresInOrderAndNoDoubleCounting() {
        List<AmountParser.MoneySpan> all = AmountParser.findAll("RMB 5 billion (about US$690 million), valuing it at 20 billion yuan");
        assertThat(all).extracting(s -> s.money().toString())
                .containsExactly("CNY 5000000000", "USD 690000000", "CNY 20000000000");
    }

    @Test
    void plainNumbersAreNotMoney() {
        assertThat(AmountParser.findAll("In 2025 it hired 1,000 engineers and grew 20%.")).isEmpty();
        assertThat(AmountParser.findAll("nearly 1 million TPU v7p chips")).isEmpty();
    }
}
