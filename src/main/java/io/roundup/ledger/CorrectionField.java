package io.roundup.ledger;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;
import io.roundup.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The fields an analyst may set, each with the value it takes and how it changes a mention. A
 * correction changes what the sources are taken to say, never what they said: the evidence stays.
 * <ul>
 *   <li>{@code amount}, {@code valuation} (post-money): a plain number ({@code 1500000000}), with an
 *       ISO currency before or after it ({@code USD 1500000000}); without one the figure keeps its
 *       currency (the amount's currency for a valuation that had none);</li>
 *   <li>{@code currency}: an ISO 4217 code, for the amount;</li>
 *   <li>{@code status}: completed, announced, planned, in_talks or reported;</li>
 *   <li>{@code date}: {@code yyyy-mm-dd};</li>
 *   <li>{@code round}: the round label (empty: none);</li>
 *   <li>{@code leads}: lead investors separated by {@code ;} (empty: none).</li>
 * </ul>
 */
public enum CorrectionField {
    AMOUNT("amount"), CURRENCY("currency"), STATUS("status"), DATE("date"), ROUND("round"),
    VALUATION("valuation"), LEADS("leads");

    private final String code;

    CorrectionField(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CorrectionField fromCode(String code) {
        for (CorrectionField f : values()) if (f.code.equalsIgnoreCase(code.trim())) return f;
        throw new IllegalArgumentException("unknown field '" + code + "', expected one of "
                + Arrays.stream(values()).map(CorrectionField::code).toList());
    }

    /** The column of funding_events.csv this field sets, for {@code corrected_fields}. */
    public String column() {
        return switch (this) {
            case AMOUNT -> "amount";
            case CURRENCY -> "currency";
            case STATUS -> "status";
            case DATE -> "date";
            case ROUND -> "round_label";
            case VALUATION -> "post_money_valuation";
            case LEADS -> "lead_investors";
        };
    }

    /** Throws IllegalArgumentException, saying what was expected, when the value does not fit the field. */
    public void check(String value) {
        apply(new Mention("", "", EventType.FUNDING_ROUND, EventStatus.COMPLETED,
                Money.of("1", "USD"), null, null, null, null, List.of(), null, null, null, null, ""), value);
    }

    public Mention apply(Mention m, String value) {
        String v = value == null ? "" : value.trim();
        return switch (this) {
            case AMOUNT -> with(m, money(v, m.amount() == null ? null : m.amount().currency()), m.postMoney(), m.status(), m.date(), m.roundLabel(), m.leadInvestors());
            case CURRENCY -> with(m, m.amount() == null ? null : new Money(m.amount().amount(), currency(v)), m.postMoney(), m.status(), m.date(), m.roundLabel(), m.leadInvestors());
            case STATUS -> with(m, m.amount(), m.postMoney(), EventStatus.fromCode(v), m.date(), m.roundLabel(), m.leadInvestors());
            case DATE -> with(m, m.amount(), m.postMoney(), m.status(), date(v), m.roundLabel(), m.leadInvestors());
            case ROUND -> with(m, m.amount(), m.postMoney(), m.status(), m.date(), v.isEmpty() ? null : v, m.leadInvestors());
            case VALUATION -> with(m, m.amount(), money(v, m.postMoney() != null ? m.postMoney().currency()
                    : m.amount() == null ? null : m.amount().currency()), m.status(), m.date(), m.roundLabel(), m.leadInvestors());
            case LEADS -> with(m, m.amount(), m.postMoney(), m.status(), m.date(), m.roundLabel(),
                    Arrays.stream(v.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        };
    }

    private static Mention with(Mention m, Money amount, Money post, EventStatus status, LocalDate date, String round,
                                List<String> leads) {
        return new Mention(m.file(), m.company(), m.type(), status, amount, post, m.preMoney(), round, date, leads,
                m.exchange(), m.ticker(), m.offerPrice(), m.proceeds(), m.evidence());
    }

    private static Money money(String v, Currency kept) {
        String[] parts = v.split("\\s+");
        String number = v;
        Currency currency = kept;
        if (parts.length == 2) {
            boolean codeFirst = parts[0].matches("[A-Za-z]{3}");
            currency = currency(codeFirst ? parts[0] : parts[1]);
            number = codeFirst ? parts[1] : parts[0];
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a plain number, optionally with an ISO currency (USD 1500000000), got '" + v + "'");
        }
        if (amount.signum() <= 0) throw new IllegalArgumentException("expected a positive figure, got '" + v + "'");
        if (currency == null) throw new IllegalArgumentException("the event has no currency for '" + v + "': give one (USD " + v + ")");
        return new Money(amount, currency);
    }

    private static Currency currency(String v) {
        try {
            Currency c = Currency.getInstance(v.toUpperCase(Locale.ROOT));
            if (v.length() == 3) return c;
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected an ISO 4217 currency code, got '" + v + "'");
    }

    private static LocalDate date(String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date yyyy-mm-dd, got '" + v + "'");
        }
    }
}
