package io.roundup.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in one currency, exactly as stated (original units, not millions). */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, Currency.getInstance(currencyCode));
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** Plain decimal without exponent or trailing zeros: {@code 20000000000}, {@code 116.2}. */
    public String plain() {
        return plain(amount);
    }

    public static String plain(BigDecimal value) {
        if (value == null) return "";
        BigDecimal s = value.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString();
    }

    @Override
    public String toString() {
        return currencyCode() + " " + plain();
    }
}
