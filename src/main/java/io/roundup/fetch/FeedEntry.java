package io.roundup.fetch;

import java.time.OffsetDateTime;

/**
 * One item of an RSS or Atom feed: the absolute http(s) {@code link} of the article, its
 * {@code title} (may be null) and {@code published} date-time with the feed's offset (null when the
 * feed gives none or an unreadable one).
 */
public record FeedEntry(String link, String title, OffsetDateTime published) {
}
