package io.roundup.domain;

import java.util.Objects;

/**
 * The outcome of parsing one input row: either a value or a reject, never both. Parsers hand these
 * out instead of throwing so one bad line never stops a file.
 */
public record Parsed<T>(T value, Reject reject) {

    public Parsed {
        if ((value == null) == (reject == null)) {
            throw new IllegalArgumentException("exactly one of value and reject must be set");
        }
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null);
    }

    public static <T> Parsed<T> rejected(Reject reject) {
        return new Parsed<>(null, Objects.requireNonNull(reject));
    }

    public boolean isOk() {
        return value != null;
    }
}
