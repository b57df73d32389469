package io.roundup.report;

import io.roundup.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers for people: {@code US$ 4.3bn}, {@code HK$ 116.20}, {@code 13.2 %}. The exact value goes
 * beside it (a tooltip or a sort key) through {@link #exact}. Rounding is HALF_EVEN, as in the CSVs.
 */
final class Figures {

    private static final Map<String, String> SYMBOLS = Map.of("USD", "US$", "HKD", "HK$", "EUR", "€", "GBP", "£",
            "CNY", "CN¥", "JPY", "JP¥", "CAD", "C$", "SGD", "S$", "INR", "₹", "KRW", "₩");

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

    private Figures() {
    }

    static String symbol(String currency) {
        if (currency == null || currency.isBlank()) return "";
        return SYMBOLS.getOrDefault(currency, currency);
    }

    /** A large amount: {@code US$ 4.3bn}, {@code € 600m}, {@code US$ 12,500}; empty for null. */
    static String amount(BigDecimal value, String currency) {
        if (value == null) return "";
        return symbol(currency) + " " + scaled(value);
    }

    static String amount(Money m) {
        return m == null ? "" : amount(m.amount(), m.currencyCode());
    }

    static String usd(BigDecimal value) {
        return amount(value, "USD");
    }

    /** {@code 4.3bn}, {@code 14.5bn}, {@code 300bn}, {@code 650m}, {@code 12,500}: one decimal below 100, none above. */
    static String scaled(BigDecimal value) {
        BigDecimal abs = value.abs();
        if (abs.compareTo(TRILLION) >= 0) return short3(value.divide(TRILLION)) + "tn";
        if (abs.compareTo(BILLION) >= 0) return short3(value.divide(BILLION)) + "bn";
        if (abs.compareTo(MILLION) >= 0) return short3(value.divide(MILLION)) + "m";
        if (abs.compareTo(THOUSAND) >= 0) return grouped(value.setScale(0, RoundingMode.HALF_EVEN), 0);
        return grouped(value, 2);
    }

    private static String short3(BigDecimal v) {
        int decimals = v.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : 1;
        BigDecimal r = v.setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    /** A price: {@code HK$ 116.20}, two decimals. */
    static String price(BigDecimal value, String currency) {
        if (value == null) return "";
        return symbol(currency) + " " + grouped(value, 2);
    }

    /** A percentage with one decimal and a space: {@code 13.2 %}, {@code -4.0 %}. */
    static String percent(BigDecimal pct) {
        if (pct == null) return "";
        return pct.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    /** An exchange rate to 6 significant digits, as the CSVs give it. */
    static String rate(BigDecimal rate) {
        return rate == null ? "" : Money.plain(UsdMath.roundRate(rate));
    }

    /** The exact value, for tooltips and sort keys: plain digits, no exponent. */
    static String exact(BigDecimal value) {
        return value == null ? "" : Money.plain(value);
    }

    private static String grouped(BigDecimal value, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(value);
    }
}
