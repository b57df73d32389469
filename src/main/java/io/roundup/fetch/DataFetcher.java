package io.roundup.fetch;

import io.roundup.progress.Meter;
import io.roundup.progress.Total;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fetches the market data files of the source list (kinds {@code fx}, {@code prices}, {@code listings})
 * through the {@link PoliteFetcher}, every run, with a conditional GET when a copy is held. A new body
 * is archived like a news page ({@code <sha256>.csv|.zip|.xml}, told by its content) and then checked
 * by the caller's {@link Check} (its readers): only a usable file replaces the copy held. A failure,
 * a deadline, a spent budget or an unusable file never stops the run: the outcome is {@code STALE},
 * and the copy held, with its date, stays what the load steps read.
 */
public final class DataFetcher {

    public static final String ACCEPT_DATA = "text/csv,application/zip;q=0.9,application/xml;q=0.9,text/xml;q=0.9,"
            + "text/plain;q=0.5,*/*;q=0.1";

    /** Whether a fetched file can be read: null when it can, else why not (it is then not used). */
    public interface Check {
        String problem(DataTarget target, Path file);
    }

    private final PoliteFetcher fetcher;
    private final FetchHistory history;
    private final RawArchive archive;
    private final Check check;
    private final Duration runBudget;
    private final Clock clock;

    public DataFetcher(PoliteFetcher fetcher, FetchHistory history, Path rawDir, Check check, Duration runBudget, Clock clock) {
        this.fetcher = fetcher;
        this.history = history;
        this.archive = new RawArchive(rawDir);
        this.check = check;
        this.runBudget = runBudget;
        this.clock = clock;
    }

    /**
     * Every data file of the list, plain URLs first, then templates filled with {@code symbols}
     * (asked for only then, so that listings fetched now count).
     */
    public List<DataOutcome> fetchAll(List<Source> sources, Supplier<Collection<String>> symbols) {
        return fetchAll(sources, symbols, Meter.NONE);
    }

    /**
     * {@link #fetchAll(List, Supplier)}, telling {@code meter} of each file done; its total counts the
     * templates' files once their symbols are known.
     */
    public List<DataOutcome> fetchAll(List<Source> sources, Supplier<Collection<String>> symbols, Meter meter) {
        Instant budgetEnd = clock.instant().plus(runBudget);
        List<DataOutcome> out = new ArrayList<>();
        List<Source> plain = sources.stream().filter(s -> !s.isTemplate()).toList();
        List<Source> templates = sources.stream().filter(s -> s.kind().isData() && s.isTemplate()).toList();
        List<DataTarget> targets = DataTarget.expand(plain, List.of());
        meter.expect(templates.isEmpty() ? Total.exactly(targets.size()) : Total.UNKNOWN);
        for (DataTarget t : targets) {
            out.add(fetchOne(t, budgetEnd));
            meter.add(1);
        }
        if (templates.isEmpty()) return out;
        List<DataTarget> filled = DataTarget.expand(templates, symbols.get());
        meter.expect(Total.exactly(targets.size() + filled.size()));
        for (DataTarget t : filled) {
            out.add(fetchOne(t, budgetEnd));
            meter.add(1);
        }
        return out;
    }

    /** What an offline run reads: the copies held, nothing asked. */
    public List<DataOutcome> held(List<DataTarget> targets) {
        return targets.stream().map(t -> new DataOutcome(t, DataOutcome.Status.OFFLINE, usableCopy(t), null)).toList();
    }

    private DataOutcome fetchOne(DataTarget t, Instant budgetEnd) {
        FetchedPage prev = usableCopy(t);
        if (Thread.currentThread().isInterrupted()) return stale(t, prev, "interrupted");
        if (!clock.instant().isBefore(budgetEnd)) return stale(t, prev, "deferred: the run's fetch budget is spent");
        FetchResult r;
        try {
            r = fetcher.fetch(t.url(), ACCEPT_DATA, prev, budgetEnd);
        } catch (RuntimeException e) { // a bug or a JDK surprise on one URL must not stop the run
            r = new FetchResult.Failed(t.url(), "fetch_error", e.toString(), 0);
        }
        if (r instanceof FetchResult.Failed f) return stale(t, prev, f.reason());
        if (r instanceof FetchResult.NotModified nm) {
            FetchedPage page = prev.checkedAt(nm.fetchedAt(), nm.finalUrl());
            history.save(page);
            return new DataOutcome(t, DataOutcome.Status.UNCHANGED, page, null);
        }
        FetchResult.Ok ok = (FetchResult.Ok) r;
        String hash = RawArchive.sha256(ok.body());
        String name = hash + extension(ok.body());
        Path file = archive.write(name, ok.body());
        if (prev == null || !hash.equals(prev.contentHash())) {
            String problem = check.problem(t, file);
            if (problem != null) return stale(t, prev, "unusable: " + problem + " (kept as raw/" + name + ")");
        }
        FetchedPage page = new FetchedPage(t.url(), ok.finalUrl(), ok.fetchedAt(), ok.status(), ok.etag(),
                ok.lastModified(), hash, ok.contentType(), name);
        history.save(page);
        boolean same = prev != null && hash.equals(prev.contentHash());
        return new DataOutcome(t, same ? DataOutcome.Status.UNCHANGED : DataOutcome.Status.FETCHED, page, null);
    }

    /** The stored copy of this URL when its file is still on disk, else null (it is then fetched whole). */
    private FetchedPage usableCopy(DataTarget t) {
        FetchedPage prev = history.find(t.url()).orElse(null);
        return prev != null && Files.isRegularFile(archive.resolve(prev.rawPath())) ? prev : null;
    }

    private static DataOutcome stale(DataTarget t, FetchedPage held, String reason) {
        return new DataOutcome(t, DataOutcome.Status.STALE, held, reason);
    }

    /** By content, never by Content-Type (servers call a CSV text/plain or octet-stream): zip, XML or CSV. */
    static String extension(byte[] body) {
        if (body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) return ".zip";
        int i = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < body.length && Character.isWhitespace(body[i])) i++;
        return i < body.length && body[i] == '<' ? ".xml" : ".csv";
    }

}
