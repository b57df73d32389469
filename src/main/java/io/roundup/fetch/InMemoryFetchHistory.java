package io.roundup.fetch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link FetchHistory} in a map, for tests and runs without a database. */
public final class InMemoryFetchHistory implements FetchHistory {

    private final Map<String, FetchedPage> pages = new LinkedHashMap<>();

    @Override
    public synchronized Optional<FetchedPage> find(String url) {
        return Optional.ofNullable(pages.get(url));
    }

    @Override
    public synchronized Optional<FetchedPage> findByHash(String contentHash) {
        return pages.values().stream().filter(p -> p.contentHash().equals(contentHash)).findFirst();
    }

    @Override
    public synchronized void save(FetchedPage page) {
        pages.put(page.url(), page);
    }

    public synchronized List<FetchedPage> all() {
        return new ArrayList<>(pages.values());
    }
}
