package io.roundup.fetch;

import java.time.Instant;

/**
 * What became of one market data file in a {@link DataFetcher} run.
 *
 * @param target what was asked for
 * @param status see {@link Status}
 * @param page   the copy the load steps read: the new one, or the one held from before (null when
 *               none was ever stored)
 * @param reason for {@link Status#STALE}, why the copy held was kept ({@code http_500}, {@code deadline},
 *               {@code unusable: …}); else null
 */
public record DataOutcome(DataTarget target, Status status, FetchedPage page, String reason) {

    public enum Status {
        /** New content, downloaded and checked now. */
        FETCHED,
        /** The copy held is current (304, or the same bytes). */
        UNCHANGED,
        /** Asking failed or gave an unusable file: the copy held (if any) is used, as of {@link #staleSince}. */
        STALE,
        /** Not asked: the run is offline. */
        OFFLINE
    }

    /** When the copy held was last known current; null when there is none. */
    public Instant staleSince() {
        return page == null ? null : page.fetchedAt();
    }

    /** One line for the log and the run summary. */
    public String describe() {
        String held = page == null ? "no stored copy" : "stored copy of " + page.fetchedAt();
        return switch (status) {
            case FETCHED -> target.kind().code() + " " + target.url() + ": fetched";
            case UNCHANGED -> target.kind().code() + " " + target.url() + ": unchanged since " + page.fetchedAt();
            case STALE -> target.kind().code() + " " + target.url() + ": stale since "
                    + (page == null ? "never fetched" : page.fetchedAt()) + " (" + reason + ")";
            case OFFLINE -> target.kind().code() + " " + target.url() + ": offline, " + held;
        };
    }
}
