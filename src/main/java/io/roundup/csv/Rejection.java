package io.roundup.csv;

import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;

import java.util.Objects;

/**
 * Why a line is rejected, before it is placed in a file: a {@link RejectCode} and what was expected and
 * found ({@code column Date expected yyyy-MM-dd, got '2024-13-01'}).
 */
public record Rejection(RejectCode code, String detail) {

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    /** The reason as rejects carry it: {@code bad_date: column Date expected ...}. */
    public String reason() {
        return code.code() + ": " + detail;
    }

    /** This rejection of line {@code line} (1-based, header = 1) of {@code source}, whose text is {@code raw}. */
    public <T> Parsed<T> at(String source, long line, String raw) {
        return Parsed.rejected(new Reject(source, line, reason(), raw));
    }
}
