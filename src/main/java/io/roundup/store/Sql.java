package io.roundup.store;

import io.roundup.domain.Money;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/** Conversions between domain values and JDBC columns, shared by the stores. */
final class Sql {

    private Sql() {
    }

    static BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    static String currency(Money m) {
        return m == null ? null : m.currencyCode();
    }

    static Money money(ResultSet rs, String amountColumn, String currencyColumn) throws SQLException {
        BigDecimal a = rs.getBigDecimal(amountColumn);
        String c = rs.getString(currencyColumn);
        return a == null || c == null ? null : new Money(a.stripTrailingZeros(), Currency.getInstance(c));
    }

    /** A decimal column without the trailing zeros its scale pads it with; null stays null. */
    static BigDecimal stripped(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return d == null ? null : d.stripTrailingZeros();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(";", values);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(";")).map(String::trim).toList();
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
