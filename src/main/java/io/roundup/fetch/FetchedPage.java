package io.roundup.fetch;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored response: the URL asked for, the URL after redirects, when it was fetched (or last found
 * unchanged by a 304), the HTTP status, the validators for the next conditional GET, the SHA-256 of
 * the body (lower-case hex), its Content-Type, and {@code rawPath}, the body's file name relative to
 * the raw folder ({@code <sha256>.html}).
 */
public record FetchedPage(String url, String finalUrl, Instant fetchedAt, int httpStatus, String etag,
                          String lastModified, String contentHash, String contentType, String rawPath) {

    public FetchedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(rawPath, "rawPath");
    }

    FetchedPage checkedAt(Instant when, String newFinalUrl) {
        return new FetchedPage(url, newFinalUrl == null ? finalUrl : newFinalUrl, when, httpStatus, etag, lastModified,
                contentHash, contentType, rawPath);
    }
}
