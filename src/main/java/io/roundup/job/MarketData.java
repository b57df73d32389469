package io.roundup.job;

import io.roundup.domain.Listing;
import io.roundup.domain.Parsed;
import io.roundup.domain.RowReader;
import io.roundup.fetch.DataFetcher;
import io.roundup.fetch.DataOutcome;
import io.roundup.fetch.DataTarget;
import io.roundup.fetch.FetchConfig;
import io.roundup.fetch.FetchedPage;
import io.roundup.fetch.PoliteFetcher;
import io.roundup.fetch.Source;
import io.roundup.fetch.SourceListReader;
import io.roundup.fx.FxFiles;
import io.roundup.market.ListingCsvReader;
import io.roundup.market.PriceCsvReader;
import io.roundup.csv.RejectCode;
import io.roundup.csv.TextFiles;
import io.roundup.csv.Unzipped;
import io.roundup.progress.Meter;
import io.roundup.store.FetchStore;
import io.roundup.store.PriceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The market data files of {@code sources.csv} for the steps: fetchMarketData fetches them, and the
 * load steps read the copy held of each (the one just fetched, or the last usable one) beside the
 * files of the input folder, each opened by the reader of its kind under its URL.
 */
final class MarketData {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private final Path input;
    private final Path rawDir;
    private final FetchStore history;
    private final PriceStore prices;
    /** Every stored copy the load steps were given, so their openers know its URL and name. */
    private final Map<Path, DataTarget> held = new ConcurrentHashMap<>();

    MarketData(Path input, Path rawDir, FetchStore history, PriceStore prices) {
        this.input = input;
        this.rawDir = rawDir;
        this.history = history;
        this.prices = prices;
    }

    /** The data lines of sources.csv; bad lines are fetchNews's to reject. */
    List<Source> sources() {
        return sources(input.resolve("sources.csv"));
    }

    static List<Source> sources(Path list) {
        List<Source> out = new ArrayList<>();
        if (!Files.isRegularFile(list)) return out;
        try (SourceListReader reader = new SourceListReader(Files.newBufferedReader(list, StandardCharsets.UTF_8),
                list.getFileName().toString())) {
            for (Parsed<Source> row; (row = reader.next()) != null; ) {
                if (row.isOk() && row.value().kind().isData()) out.add(row.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Fetches every data file (or, offline, only looks at the copies held), each told to {@code meter}. */
    List<DataOutcome> fetch(FetchConfig config, FetchProperties props, LocalDate runDate, Meter meter) {
        List<Source> sources = sources();
        if (sources.isEmpty()) return List.of(); // no client to build, no bar to show
        DataFetcher fetcher = new DataFetcher(new PoliteFetcher(config), history, rawDir,
                (t, file) -> problem(t, file, runDate), props.budget(), Clock.systemUTC());
        if (props.offline()) return fetcher.held(DataTarget.expand(sources, symbols()));
        return fetcher.fetchAll(sources, this::symbols, meter);
    }

    /**
     * What a price URL template is filled with: the tickers of the registry and of the listings,
     * stored and in this run's listing files (the input folder's and the ones fetched).
     */
    Collection<String> symbols() {
        TreeSet<String> out = new TreeSet<>(prices.registeredTickers());
        List<Path> files = new ArrayList<>(InputFiles.file(input.resolve("listings.csv")));
        if (Files.isDirectory(input.resolve("listings"))) files.addAll(InputFiles.in(input.resolve("listings"), "csv"));
        for (Path f : files) out.addAll(tickers(ListingCsvReader::open, f, null));
        for (Map.Entry<Path, DataTarget> f : stored(Source.Kind.LISTINGS, List.of()).entrySet()) {
            out.addAll(tickers((p, d) -> open(f.getValue(), p, d), f.getKey(), f.getValue()));
        }
        return out;
    }

    private interface Opener {
        RowReader<?> open(Path file, LocalDate runDate) throws IOException;
    }

    private static List<String> tickers(Opener opener, Path file, DataTarget target) {
        List<String> out = new ArrayList<>();
        try (RowReader<?> rows = opener.open(file, null)) {
            for (Parsed<?> row; (row = rows.next()) != null; ) {
                if (row.isOk() && row.value() instanceof Listing l) out.add(l.ticker());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("cannot read tickers from {}: {}", target == null ? file : target.url(), e.toString());
        }
        return out;
    }

    /**
     * The copies held of this kind's files, in list order, with the input folder's {@code local}
     * files first; each fetched one is logged with its URL and fetch time.
     */
    List<Path> files(Source.Kind kind, List<Path> local, String step) {
        List<Path> out = new ArrayList<>(local);
        Collection<String> symbols = kind == Source.Kind.PRICES ? symbols() : List.of();
        for (Map.Entry<Path, DataTarget> f : stored(kind, symbols).entrySet()) {
            FetchedPage page = history.find(f.getValue().url()).orElseThrow();
            log.info("{} reads {} fetched {} (raw/{})", step, f.getValue().url(), page.fetchedAt(), page.rawPath());
            held.put(key(f.getKey()), f.getValue());
            out.add(f.getKey());
        }
        return out;
    }

    private Map<Path, DataTarget> stored(Source.Kind kind, Collection<String> symbols) {
        Map<Path, DataTarget> out = new LinkedHashMap<>();
        for (DataTarget t : DataTarget.expand(sources().stream().filter(s -> s.kind() == kind).toList(), symbols)) {
            history.find(t.url()).map(p -> rawDir.resolve(p.rawPath())).filter(Files::isRegularFile)
                    .ifPresent(p -> out.putIfAbsent(p, t));
        }
        return out;
    }

    /**
     * The file's fetched target, or null for a file of the input folder. A restarted partition of
     * loadPrices gets its files from its saved context, in a process that never listed them: the
     * copies held are then looked up again.
     */
    DataTarget fetched(Path file) {
        Path key = key(file);
        if (held.containsKey(key) || !key.startsWith(key(rawDir))) return held.get(key);
        for (Source.Kind kind : List.of(Source.Kind.FX, Source.Kind.PRICES, Source.Kind.LISTINGS)) {
            stored(kind, kind == Source.Kind.PRICES ? symbols() : List.of()).forEach((f, t) -> held.put(key(f), t));
        }
        return held.get(key);
    }

    /** Partitions hand files back as absolute paths; the output folder may be configured relative. */
    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** A fetched file opened by the reader of its kind; rejects name its URL (prices: its file name, which gives the ticker). */
    static RowReader<?> open(DataTarget t, Path file, LocalDate runDate) throws IOException {
        return switch (t.kind()) {
            case FX -> FxFiles.open(file, t.url(), runDate);
            case PRICES -> new PriceCsvReader(TextFiles.open(Unzipped.open(file)), t.name(), runDate);
            case LISTINGS -> new ListingCsvReader(TextFiles.open(Unzipped.open(file)), t.url(), runDate);
            default -> throw new IllegalArgumentException("not a data kind: " + t.kind());
        };
    }

    /** Why a fetched file cannot be used (nothing readable, or XML that broke off), or null. */
    private static String problem(DataTarget t, Path file, LocalDate runDate) {
        long ok = 0;
        String first = null;
        try (RowReader<?> rows = open(t, file, runDate)) {
            for (Parsed<?> row; (row = rows.next()) != null; ) {
                if (row.isOk()) ok++;
                else if (RejectCode.of(row.reject()).orElse(null) == RejectCode.BAD_XML) return row.reject().reason();
                else if (first == null) first = row.reject().reason();
            }
        } catch (IOException | RuntimeException e) {
            return "unreadable: " + e.getMessage();
        }
        return ok > 0 ? null : "no readable row" + (first == null ? "" : " (first reject: " + first + ")");
    }
}
