package io.roundup.domain;

/**
 * An input row or document that could not be used: {@code source} is the file (or URL),
 * {@code line} the physical 1-based line counting the header (0 for a whole document),
 * {@code reason} a short code plus explanation, {@code raw} the offending text.
 */
public record Reject(String source, long line, String reason, String raw) {
}
