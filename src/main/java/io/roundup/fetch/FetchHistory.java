package io.roundup.fetch;

import java.util.Optional;

/** What was fetched before, so nothing is downloaded or processed twice. */
public interface FetchHistory {

    /** The last stored response for this URL (as asked for, before redirects). */
    Optional<FetchedPage> find(String url);

    /** Some stored response with this body hash, if any. */
    Optional<FetchedPage> findByHash(String contentHash);

    /** Stores the response, replacing any earlier one for the same URL. */
    void save(FetchedPage page);
}
