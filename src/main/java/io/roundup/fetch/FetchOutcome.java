package io.roundup.fetch;

import io.roundup.domain.Reject;

import java.nio.file.Path;

/**
 * What became of one URL in a {@link NewsFetcher} run.
 *
 * @param url        the URL (normalised: no fragment, lower-case scheme and host)
 * @param kind       feed or article
 * @param status     see {@link Status}
 * @param page       the stored response (null when rejected before anything was stored)
 * @param rawFile    the body on disk (null when none)
 * @param entry      for an article found in a feed, the feed's entry (title, date); else null
 * @param via        for an article found in a feed, the feed's URL; else null
 * @param duplicateOf for {@link Status#DUPLICATE}, the URL already holding the same body
 * @param reject     for {@link Status#REJECTED}, why (source = the URL, line 0)
 */
public record FetchOutcome(String url, Source.Kind kind, Status status, FetchedPage page, Path rawFile,
                           FeedEntry entry, String via, String duplicateOf, Reject reject) {

    public enum Status {
        /** New or changed content, downloaded now: to be processed. */
        FETCHED,
        /** The copy held is current (304, same hash, or not due for a revisit): already processed. */
        UNCHANGED,
        /** New URL, but the same bytes as another URL already held: not processed again. */
        DUPLICATE,
        /** Nothing usable (refused, failed, broken feed, unsupported type); see {@link #reject}. */
        REJECTED,
        /** Not fetched, or cut short, because the run's fetch budget was spent: left for the next run. */
        DEFERRED
    }

    /** Whether readNews should read {@link #rawFile} now. */
    public boolean isNew() {
        return status == Status.FETCHED;
    }
}
