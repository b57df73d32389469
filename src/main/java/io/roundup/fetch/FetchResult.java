package io.roundup.fetch;

import java.time.Instant;

/** What one {@link PoliteFetcher#fetch} gave: a body, "not modified", or a failure with its reason. */
public sealed interface FetchResult permits FetchResult.Ok, FetchResult.NotModified, FetchResult.Failed {

    /** The URL asked for. */
    String url();

    /** A 2xx response read whole. {@code finalUrl} is the URL after redirects. */
    record Ok(String url, String finalUrl, Instant fetchedAt, int status, String etag, String lastModified,
              String contentType, byte[] body) implements FetchResult {
    }

    /** A 304 answer to our conditional GET: the copy we hold is current. */
    record NotModified(String url, String finalUrl, Instant fetchedAt) implements FetchResult {
    }

    /**
     * Nothing usable. {@code code} is short and stable ({@code http_404}, {@code too_large},
     * {@code timeout}, {@code robots_disallowed}, {@code private_address}, {@code too_many_redirects},
     * {@code bad_scheme}, {@code bad_url}, {@code unknown_host}, {@code connect_failed}, {@code io_error},
     * {@code rate_limited}, {@code robots_unavailable}, {@code interrupted}, {@code deadline}); {@code status} is the last
     * HTTP status seen, 0 when none.
     */
    record Failed(String url, String code, String detail, int status) implements FetchResult {

        /** {@code code: detail}, as rejects write their reason. */
        public String reason() {
            return detail == null || detail.isEmpty() ? code : code + ": " + detail;
        }
    }
}
