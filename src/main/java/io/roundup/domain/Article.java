package io.roundup.domain;

import java.time.LocalDate;

/**
 * A news document reduced to what the extractor needs. {@code file} is the file name (or URL),
 * {@code published} may be null when no date could be found, {@code language} is an ISO 639-1 code.
 */
public record Article(String file, String title, LocalDate published, String language, String body) {

    /** The most bytes of one page read, fetched or decompressed from a file (5 MiB; real pages are under 1). */
    public static final long MAX_PAGE_BYTES = 5L * 1024 * 1024;
}
