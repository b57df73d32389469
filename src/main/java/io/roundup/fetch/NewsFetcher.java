package io.roundup.fetch;

import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.progress.Meter;
import io.roundup.progress.Total;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Fetches the listed sources: each feed, then the articles its entries link to, and each listed
 * article, in list order, every URL at most once per run. Each body is written once to
 * {@code <rawDir>/<sha256>.<ext>} and recorded in the {@link FetchHistory}, so that:
 * <ul>
 * <li>an article already held is not requested again (unless {@link Options#articleRevisit()} says so),</li>
 * <li>a feed is re-read with a conditional GET (304 → {@code UNCHANGED}; a 304'd feed is parsed from
 * its stored copy, so its articles are still looked at),</li>
 * <li>a body with the same hash as the one held is {@code UNCHANGED}, the same body under another URL
 * is a {@code DUPLICATE}: only {@code FETCHED} outcomes are new work for the reader.</li>
 * </ul>
 * A refused or failed URL, a broken feed or a non-text article becomes a {@code REJECTED} outcome
 * with its reason and the run goes on. Only a failure to write the raw folder (or of the history's
 * database) stops it.
 */
public final class NewsFetcher {

    /**
     * @param maxEntriesPerFeed articles taken from one feed, in feed order
     * @param feedRevisit       a feed fetched more recently than this is not asked again (ZERO = always ask)
     * @param articleRevisit    likewise for articles; null = an article held is never asked again
     * @param runBudget         all the time one {@link #fetchAll} may take; URLs not begun by then are
     *                          {@code DEFERRED} to the next run (the run holds its lock meanwhile)
     */
    public record Options(int maxEntriesPerFeed, Duration feedRevisit, Duration articleRevisit, Duration runBudget) {

        public Options {
            if (maxEntriesPerFeed < 0) throw new IllegalArgumentException("maxEntriesPerFeed must be >= 0");
            if (feedRevisit == null) throw new IllegalArgumentException("feedRevisit must be set");
            if (runBudget == null || runBudget.isNegative() || runBudget.isZero()) {
                throw new IllegalArgumentException("runBudget must be positive, got " + runBudget);
            }
        }

        /** 100 entries per feed, feeds re-asked after 15 minutes, articles never, 20 minutes per run. */
        public static Options defaults() {
            return new Options(100, Duration.ofMinutes(15), null, Duration.ofMinutes(20));
        }

        public Options withRunBudget(Duration budget) {
            return new Options(maxEntriesPerFeed, feedRevisit, articleRevisit, budget);
        }
    }

    private final PoliteFetcher fetcher;
    private final FetchHistory history;
    private final Path rawDir;
    private final RawArchive archive;
    private final Options options;
    private final Clock clock;

    public NewsFetcher(PoliteFetcher fetcher, FetchHistory history, Path rawDir) {
        this(fetcher, history, rawDir, Options.defaults(), Clock.systemUTC());
    }

    public NewsFetcher(PoliteFetcher fetcher, FetchHistory history, Path rawDir, Options options, Clock clock) {
        this.fetcher = fetcher;
        this.history = history;
        this.rawDir = rawDir;
        this.archive = new RawArchive(rawDir);
        this.options = options;
        this.clock = clock;
    }

    /**
     * One outcome per distinct URL, feeds before the articles found in them. Once the run's budget is
     * spent, the URLs not yet fetched (and one cut short by it) are {@code DEFERRED}.
     */
    public List<FetchOutcome> fetchAll(List<Source> sources) {
        return fetchAll(sources, Meter.NONE);
    }

    /**
     * {@link #fetchAll(List)}, telling {@code meter} of each URL done; its total is the URLs known so
     * far, which grows as each feed gives its articles.
     */
    public List<FetchOutcome> fetchAll(List<Source> sources, Meter meter) {
        Instant budgetEnd = clock.instant().plus(options.runBudget());
        List<FetchOutcome> out = new ArrayList<>();
        Consumer<FetchOutcome> done = o -> {
            out.add(o);
            meter.add(1);
        };
        Set<String> seen = new HashSet<>();
        Set<String> known = new HashSet<>();
        sources.stream().filter(s -> !s.kind().isData()).forEach(s -> known.add(s.url()));
        meter.expect(Total.exactly(known.size()));
        for (Source s : sources) {
            if (Thread.currentThread().isInterrupted()) break;
            if (s.kind().isData() || !seen.add(s.url())) continue; // market data: DataFetcher's
            if (s.kind() == Source.Kind.ARTICLE) {
                done.accept(fetchOne(s.url(), Source.Kind.ARTICLE, null, null, budgetEnd));
                continue;
            }
            FetchOutcome feed = fetchOne(s.url(), Source.Kind.FEED, null, null, budgetEnd);
            if (feed.rawFile() == null || feed.status() == FetchOutcome.Status.REJECTED
                    || feed.status() == FetchOutcome.Status.DEFERRED) {
                done.accept(feed);
                continue;
            }
            Parsed<List<FeedEntry>> parsed = FeedParser.parse(RawArchive.read(feed.rawFile()),
                    feed.page().finalUrl() != null ? feed.page().finalUrl() : s.url());
            if (!parsed.isOk()) {
                Reject r = parsed.reject();
                done.accept(new FetchOutcome(s.url(), Source.Kind.FEED, FetchOutcome.Status.REJECTED, feed.page(),
                        feed.rawFile(), null, null, null, new Reject(s.url(), 0, r.reason(), r.raw())));
                continue;
            }
            done.accept(feed);
            List<FeedEntry> entries = parsed.value().subList(0, Math.min(parsed.value().size(), options.maxEntriesPerFeed()));
            entries.forEach(e -> known.add(e.link()));
            meter.expect(Total.exactly(known.size()));
            for (FeedEntry e : entries) {
                if (Thread.currentThread().isInterrupted()) break;
                if (!seen.add(e.link())) continue;
                done.accept(fetchOne(e.link(), Source.Kind.ARTICLE, e, s.url(), budgetEnd));
            }
        }
        return out;
    }

    private FetchOutcome fetchOne(String url, Source.Kind kind, FeedEntry entry, String via, Instant budgetEnd) {
        FetchedPage prev = history.find(url).orElse(null);
        Path prevFile = prev == null ? null : rawDir.resolve(prev.rawPath());
        boolean haveRaw = prevFile != null && Files.isRegularFile(prevFile);
        if (haveRaw && fresh(prev, kind)) return outcome(url, kind, FetchOutcome.Status.UNCHANGED, prev, entry, via, null);
        if (!clock.instant().isBefore(budgetEnd)) return deferred(url, kind, entry, via);

        FetchResult r;
        try {
            r = fetcher.fetch(url, kind == Source.Kind.FEED ? PoliteFetcher.ACCEPT_FEED : PoliteFetcher.ACCEPT_HTML,
                    haveRaw ? prev : null, budgetEnd);
        } catch (RuntimeException e) { // a bug or a JDK surprise on one URL must not stop the run
            r = new FetchResult.Failed(url, "fetch_error", e.toString(), 0);
        }
        if (r instanceof FetchResult.Failed f) {
            boolean budgetSpent = f.code().equals("deadline") && !clock.instant().isBefore(budgetEnd);
            return budgetSpent ? deferred(url, kind, entry, via) : rejected(url, kind, null, entry, via, f.reason());
        }
        if (r instanceof FetchResult.NotModified nm) {
            FetchedPage page = prev.checkedAt(nm.fetchedAt(), nm.finalUrl());
            history.save(page);
            return outcome(url, kind, FetchOutcome.Status.UNCHANGED, page, entry, via, null);
        }
        FetchResult.Ok ok = (FetchResult.Ok) r;
        if (kind == Source.Kind.ARTICLE && !isText(ok.contentType())) {
            return rejected(url, kind, null, entry, via, "unsupported_type: " + ok.contentType() + " at " + ok.finalUrl());
        }
        String hash = sha256(ok.body());
        if (haveRaw && hash.equals(prev.contentHash())) {
            FetchedPage page = new FetchedPage(url, ok.finalUrl(), ok.fetchedAt(), ok.status(), ok.etag(),
                    ok.lastModified(), hash, ok.contentType(), prev.rawPath());
            history.save(page);
            return outcome(url, kind, FetchOutcome.Status.UNCHANGED, page, entry, via, null);
        }
        Optional<FetchedPage> same = history.findByHash(hash).filter(p -> !p.url().equals(url))
                .filter(p -> Files.isRegularFile(rawDir.resolve(p.rawPath())));
        String name = hash + extension(ok.contentType(), kind);
        archive.write(name, ok.body());
        FetchedPage page = new FetchedPage(url, ok.finalUrl(), ok.fetchedAt(), ok.status(), ok.etag(),
                ok.lastModified(), hash, ok.contentType(), name);
        history.save(page);
        return same.isPresent()
                ? outcome(url, kind, FetchOutcome.Status.DUPLICATE, page, entry, via, same.get().url())
                : outcome(url, kind, FetchOutcome.Status.FETCHED, page, entry, via, null);
    }

    private boolean fresh(FetchedPage prev, Source.Kind kind) {
        Duration revisit = kind == Source.Kind.FEED ? options.feedRevisit() : options.articleRevisit();
        if (revisit == null) return true;
        return prev.fetchedAt().plus(revisit).isAfter(Instant.now(clock));
    }

    private FetchOutcome outcome(String url, Source.Kind kind, FetchOutcome.Status status, FetchedPage page,
                                 FeedEntry entry, String via, String duplicateOf) {
        return new FetchOutcome(url, kind, status, page, rawDir.resolve(page.rawPath()), entry, via, duplicateOf, null);
    }

    private static FetchOutcome rejected(String url, Source.Kind kind, FetchedPage page, FeedEntry entry, String via,
                                         String reason) {
        return new FetchOutcome(url, kind, FetchOutcome.Status.REJECTED, page, null, entry, via, null,
                new Reject(url, 0, reason, via == null ? null : "linked from feed " + via));
    }

    /** Not fetched: the run's budget is spent; the next run asks for it as if never asked. */
    private static FetchOutcome deferred(String url, Source.Kind kind, FeedEntry entry, String via) {
        return new FetchOutcome(url, kind, FetchOutcome.Status.DEFERRED, null, null, entry, via, null, null);
    }

    private static boolean isText(String contentType) {
        if (contentType == null || contentType.isBlank()) return true; // let the reader decide
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.contains("html") || t.startsWith("text/plain");
    }

    static String extension(String contentType, Source.Kind kind) {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (t.contains("html")) return ".html";
        if (t.contains("xml") || t.contains("rss") || t.contains("atom")) return ".xml";
        if (t.startsWith("text/plain")) return ".txt";
        if (t.contains("json")) return ".json";
        if (t.isEmpty()) return kind == Source.Kind.FEED ? ".xml" : ".html";
        return ".bin";
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        return RawArchive.sha256(bytes);
    }
}
