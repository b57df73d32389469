package io.roundup.csv;

import io.roundup.domain.Reject;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a line of a data file (prices, listings, FX, rounds) is rejected: the code a reject's reason starts
 * with, {@code bad_date} in {@code "bad_date: column Date expected yyyy-MM-dd, got '2024-13-01'"}.
 *
 * <p>Readers build a reason with {@link #because(String)}, never by writing the code into a string. The
 * reason is kept and shown as text (the rejects table, {@code rejects.csv}, the {@code rejects} command), so
 * a caller holding only a {@link Reject} that must act on its code reads it back with {@link #of(Reject)}.
 */
public enum RejectCode {
    /** The header line: unreadable, a column missing or repeated, an unknown layout. The file ends there. */
    BAD_HEADER,
    /** An unterminated quote. */
    MALFORMED_CSV,
    /** Fewer fields than the header has. */
    TRUNCATED,
    /** More fields than the header has (beyond a trailing delimiter). */
    BAD_FIELD_COUNT,
    /** The same line or the same values again: the first is kept. */
    DUPLICATE_ROW,
    /** Rows of one key that disagree: none is kept. */
    CONFLICTING_DUPLICATE,
    /** Dated after the run date. */
    FUTURE_DATE,
    BAD_DATE,
    BAD_NUMBER,
    UNKNOWN_CURRENCY,
    MISSING_FIELD,
    /** Prices: a vendor's {@code null} placeholder row. */
    NULL_ROW,
    /** Prices and FX: a period other than daily. */
    NOT_DAILY,
    MISSING_TICKER,
    NEGATIVE_PRICE,
    ZERO_PRICE,
    NEGATIVE_VOLUME,
    HIGH_BELOW_LOW,
    OPEN_OUTSIDE_RANGE,
    CLOSE_OUTSIDE_RANGE,
    /** Prices: a bar copied forward from the previous day. */
    STALE_BAR,
    /** Listings: the same listing again, first kept. */
    DUPLICATE_LISTING,
    /** Listings: an exchange code used again by a later issue, the later kept. */
    TICKER_REUSED,
    UNKNOWN_EXCHANGE,
    BAD_TICKER,
    /** FX: an ECB series other than the spot reference rate. */
    NOT_REFERENCE_RATE,
    /** FX: an XML document that is malformed, unsafe or holds no rates. */
    BAD_XML,
    /** Rounds. */
    MISSING_COMPANY,
    MISSING_DATE,
    BAD_AMOUNT,
    CURRENCY_MISMATCH;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The code as reasons write it: {@code bad_date}. */
    public String code() {
        return code;
    }

    /** This code with what was expected and found: the reason of a reject. */
    public Rejection because(String detail) {
        return new Rejection(this, detail);
    }

    /** The code {@code reject}'s reason starts with; empty for a reason of another reader (news, fetch) or none. */
    public static Optional<RejectCode> of(Reject reject) {
        String reason = reject.reason();
        int colon = reason == null ? -1 : reason.indexOf(':');
        if (colon < 0) return Optional.empty();
        String code = reason.substring(0, colon);
        for (RejectCode c : values()) if (c.code.equals(code)) return Optional.of(c);
        return Optional.empty();
    }
}
