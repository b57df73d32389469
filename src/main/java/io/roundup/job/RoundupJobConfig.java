package io.roundup.job;

import io.roundup.company.CompanyCsvReader;
import io.roundup.domain.Article;
import io.roundup.domain.Company;
import io.roundup.domain.Listing;
import io.roundup.domain.Mention;
import io.roundup.domain.Parsed;
import io.roundup.domain.PriceBar;
import io.roundup.domain.Reject;
import io.roundup.domain.RowReader;
import io.roundup.fetch.FetchConfig;
import io.roundup.fetch.FetchOutcome;
import io.roundup.fetch.FetchedPage;
import io.roundup.fetch.NewsFetcher;
import io.roundup.fetch.PoliteFetcher;
import io.roundup.fetch.Source;
import io.roundup.fetch.SourceListReader;
import io.roundup.fetch.DataOutcome;
import io.roundup.fetch.DataTarget;
import io.roundup.fx.FxFiles;
import io.roundup.fx.PublishedRate;
import io.roundup.market.ListingCsvReader;
import io.roundup.market.PriceCsvReader;
import io.roundup.csv.TextFiles;
import io.roundup.rounds.RoundCsvReader;
import io.roundup.news.ArticleReader;
import io.roundup.progress.FileTotals;
import io.roundup.progress.Meter;
import io.roundup.progress.Meters;
import io.roundup.progress.Terminal;
import io.roundup.progress.TerminalMeters;
import io.roundup.store.EventStore;
import io.roundup.store.FetchStore;
import io.roundup.store.HistoryStore;
import io.roundup.store.NewsStore;
import io.roundup.store.CompanyStore;
import io.roundup.store.FxStore;
import io.roundup.store.ListingStore;
import io.roundup.store.PriceStore;
import io.roundup.store.RejectStore;
import io.roundup.store.ReviewStore;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The job {@code roundup}: thirteen steps with stable names (a restart matches on them). Steps only
 * wire a reader, a processor and a writer, or call a plain-Java stage; the parsing, extraction and
 * normalising live in their own packages.
 */
@Configuration
public class RoundupJobConfig {

    private static final int CHUNK = 1000;

    private final JobRepository repository;
    private final PlatformTransactionManager tx;
    private final RoundupProperties folders;
    private final CompanyStore companies;
    private final FxStore fx;
    private final PriceStore prices;
    private final ListingStore listings;
    private final NewsStore news;
    private final EventStore events;
    private final RejectStore rejects;
    private final ReviewStore reviews;
    private final ReviewProperties reviewing;
    private final FetchProperties fetching;
    private final LimitProperties limits;
    private final AsyncTaskExecutor loadExecutor;
    private final JdbcTemplate jdbc;
    private final ObservationRegistry observations;
    private final Meters meters;
    private final ObjectProvider<Partitions> remote;

    RoundupJobConfig(JobRepository repository, PlatformTransactionManager tx, RoundupProperties folders,
                     FetchProperties fetching, LimitProperties limits, ReviewProperties reviewing, JdbcTemplate jdbc,
                     @Qualifier("loadExecutor") AsyncTaskExecutor loadExecutor, ObservationRegistry observations,
                     Meters meters, ObjectProvider<Partitions> remote) {
        this.observations = observations;
        this.meters = meters;
        this.remote = remote;
        this.limits = limits;
        this.loadExecutor = loadExecutor;
        this.repository = repository;
        this.fetching = fetching;
        this.jdbc = jdbc;
        this.tx = tx;
        this.folders = folders;
        this.companies = new CompanyStore(jdbc);
        this.fx = new FxStore(jdbc);
        this.prices = new PriceStore(jdbc);
        this.listings = new ListingStore(jdbc);
        this.news = new NewsStore(jdbc);
        this.events = new EventStore(jdbc);
        this.rejects = new RejectStore(jdbc);
        this.reviews = new ReviewStore(jdbc);
        this.reviewing = reviewing;
    }

    /** Threads for partitioned loads; a bean, so the context shuts them down with itself. */
    @Bean
    static ThreadPoolTaskExecutor loadExecutor(LimitProperties limits) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(limits.loadThreads());
        executor.setMaxPoolSize(limits.loadThreads());
        executor.setThreadNamePrefix("load-");
        executor.setDaemon(true);
        return executor;
    }

    /**
     * The progress bars of the long steps: drawn on a terminal (roundup.progress=auto) or wherever
     * asked (bar); otherwise nothing is drawn and the log is all there is.
     */
    @Bean
    static Meters progressBars(LimitProperties limits) {
        return limits.progress().drawsBar(Terminal.interactive()) ? TerminalMeters.onTerminal() : Meters.NONE;
    }

    @Bean
    Job roundup() {
        SimpleJobBuilder job = new JobBuilder("roundup", repository).observationRegistry(observations)
                .validator(new RunParameters())
                .start(loadCompanies())
                .next(fetchMarketData())
                .next(loadFxRates())
                .next(loadPrices())
                .next(loadListings())
                .next(loadRounds())
                .next(fetchNews())
                .next(readNews());
        return toTheLedger(job.next(extractEvents())).build();
    }

    /**
     * {@code reextract}: the pages fetched so far read again from their raw copies (nothing fetched),
     * the current extractor over the stored documents (nothing read from the input folder), then the ledger rebuilt, checked, published and recorded as by a run.
     * Its own job, so an extractor upgrade shows in `runs` and in the history as a run of its own.
     */
    @Bean
    Job reextract() {
        return toTheLedger(new JobBuilder(REEXTRACT, repository).observationRegistry(observations).validator(new RunParameters())
                .start(tasklet("rereadFetchedPages", () -> {
                    int read = stages().rereadFetchedPages();
                    return new Counts(read, read);
                }))
                .next(extractEvents())).build();
    }

    /** After extractEvents, both jobs: the ledger rebuilt, corrected, checked, published and recorded. */
    private SimpleJobBuilder toTheLedger(SimpleJobBuilder job) {
        return job.next(normalize()).next(mergeEvents()).next(checkQuality()).next(writeOutputs()).listener(new RunSummary());
    }

    /** The name of the re-extraction job. */
    public static final String REEXTRACT = "reextract";

    Step loadCompanies() {
        return load("loadCompanies", "rows", CHUNK, () -> InputFiles.file(input().resolve("companies.csv")),
                (f, runDate) -> new CompanyCsvReader(TextFiles.open(f), name(f)),
                (ItemWriter<Company>) chunk -> companies.saveCompanies(chunk.getItems()));
    }

    /**
     * The fx, prices and listings files of sources.csv, fetched before the steps that load them. A
     * source that fails or serves an unusable file is stale: the copy held is loaded, the run goes on
     * and its summary names the source and the date of that copy.
     */
    Step fetchMarketData() {
        return new StepBuilder(StaleSources.STEP, repository)
                .tasklet((contribution, context) -> {
                    var step = context.getStepContext().getStepExecution();
                    List<DataOutcome> outcomes;
                    try (Meter meter = meters.open(StaleSources.STEP, "files")) {
                        outcomes = marketData().fetch(fetchConfig(), fetching, RunParameters.runDate(step.getJobParameters()), meter);
                    }
                    List<String> stale = new ArrayList<>();
                    for (DataOutcome o : outcomes) {
                        contribution.incrementReadCount();
                        if (o.status() == DataOutcome.Status.FETCHED) contribution.incrementWriteCount(1);
                        if (o.status() == DataOutcome.Status.STALE) {
                            stale.add(o.describe());
                            LoggerFactory.getLogger("roundup").warn("fetchMarketData: {}", o.describe());
                        } else {
                            LoggerFactory.getLogger("roundup").info("fetchMarketData: {}", o.describe());
                        }
                    }
                    StaleSources.record(step, stale);
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(new StepLog())
                .build();
    }

    private MarketData marketData() {
        return new MarketData(input(), rawFolder(), new FetchStore(jdbc), prices);
    }

    private FetchConfig fetchConfig() {
        return fetching.config();
    }

    /** Opens a file of the input folder with {@code local}, a fetched one with the reader of its kind under its URL. */
    @SuppressWarnings("unchecked")
    private static <T> RowFilesReader.Opener<T> localOrFetched(MarketData data, RowFilesReader.Opener<T> local) {
        return (f, runDate) -> {
            DataTarget t = data.fetched(f);
            return t == null ? local.open(f, runDate) : (RowReader<T>) MarketData.open(t, f, runDate);
        };
    }

    Step loadFxRates() {
        // one item is one day of one file (about 30 ECB rates), so a smaller chunk keeps transactions even
        MarketData data = marketData();
        return load("loadFxRates", "days", 100, () -> data.files(Source.Kind.FX, InputFiles.in(input().resolve("fx"), "csv", "xml", "zip"),
                        "loadFxRates"),
                localOrFetched(data, FxFiles::open),
                (ItemWriter<List<PublishedRate>>) chunk -> {
                    List<PublishedRate> all = new ArrayList<>();
                    chunk.getItems().forEach(all::addAll);
                    fx.saveRates(all);
                });
    }

    /**
     * Prices are the bulk of the input (tens of millions of rows): partitions of whole files, each a
     * chunk step of its own whose reader parses ahead on a thread of its own, so parsing overlaps
     * writing. On PostgreSQL the partitions run {@code roundup.load-threads} at a time, on H2 one
     * after the other in name order (it writes one transaction at a time); rows per commit as each
     * database writes them fastest.
     */
    Step loadPrices() {
        MarketData data = marketData();
        FileTotals totals = FileTotals.fromBytes(); // of all the partitions' files, for the one bar of the step
        java.util.function.Supplier<List<Path>> files = totals.listing(() -> data.files(Source.Kind.PRICES,
                InputFiles.in(input().resolve("prices"), "csv", "txt"), "loadPrices"));
        Partitions where = partitions();
        return step("loadPrices")
                .partitioner("loadPrices", PerFileStep.byFileGroups(files, where.groups("loadPrices", 4 * limits.loadThreads())))
                .partitionHandler(where.handler("loadPrices", PerFileStep.inNameOrder(loadPricesPartition(totals),
                        prices.writesPricesConcurrently() ? loadExecutor : new SyncTaskExecutor(), limits.loadThreads())))
                .listener(new StepLog())
                .listener(new StepMeter<>(meters, "rows", totals::total))
                .build();
    }

    /** One partition of loadPrices: the price files its context names; {@code totals} feed the step's one bar. */
    Step loadPricesPartition(FileTotals totals) {
        MarketData data = marketData();
        return new PerFileStep("loadPrices", part -> load("loadPrices", "rows", prices.priceRowsPerCommit(),
                RowFilesReader.readingAhead("loadPrices", () -> part, localOrFetched(data, PriceCsvReader::open), totals),
                totals, (ItemWriter<PriceBar>) chunk -> prices.savePrices(chunk.getItems(), "prices")));
    }

    /** The steps a worker process runs for a partition request, by the step names the requests give. */
    @Bean
    Partitions.WorkerSteps partitionWorkerSteps() {
        return new Partitions.WorkerSteps(Map.of("loadPrices", loadPricesPartition(FileTotals.fromBytes()), "readNews", readNewsPartition()));
    }

    /** Remote workers when io.roundup.remote is on (roundup.workers=remote), else this process. */
    private Partitions partitions() {
        return remote.getIfAvailable(() -> LOCAL);
    }

    private static final Partitions LOCAL = new Partitions() {
        @Override
        public PartitionHandler handler(String step, PartitionHandler local) {
            return local;
        }

        @Override
        public int groups(String step, int local) {
            return local;
        }
    };

    Step loadListings() {
        MarketData data = marketData();
        return load("loadListings", "rows", CHUNK, () -> {
                    List<Path> files = new ArrayList<>(InputFiles.file(input().resolve("listings.csv")));
                    if (Files.isDirectory(input().resolve("listings"))) files.addAll(InputFiles.in(input().resolve("listings"), "csv"));
                    return data.files(Source.Kind.LISTINGS, files, "loadListings");
                },
                localOrFetched(data, ListingCsvReader::open),
                (ItemWriter<Listing>) chunk -> listings.saveListings(chunk.getItems()));
    }

    /** Analysts' round files: each row is a mention sourced by file and line, merged with the news. */
    Step loadRounds() {
        return load("loadRounds", "rows", CHUNK, () -> InputFiles.in(input().resolve("rounds"), "csv"),
                RoundCsvReader::open,
                (ItemWriter<Mention>) chunk -> news.replaceMentions(
                        chunk.getItems().stream().map(Mention::file).toList(), List.copyOf(chunk.getItems())));
    }

    Step fetchNews() {
        return tasklet("fetchNews", () -> {
            List<Source> sources = new ArrayList<>();
            List<Reject> bad = new ArrayList<>();
            Path list = input().resolve("sources.csv");
            if (Files.isRegularFile(list)) {
                try (SourceListReader reader = new SourceListReader(Files.newBufferedReader(list, StandardCharsets.UTF_8), name(list))) {
                    for (Parsed<Source> row; (row = reader.next()) != null; ) {
                        if (!row.isOk()) bad.add(row.reject());
                        else if (!row.value().kind().isData()) sources.add(row.value()); // data: fetchMarketData
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            NewsFetcher fetcher = new NewsFetcher(new PoliteFetcher(fetchConfig()), new FetchStore(jdbc), rawFolder(),
                    NewsFetcher.Options.defaults().withRunBudget(fetching.budget()), Clock.systemUTC());
            List<FetchOutcome> outcomes = List.of();
            if (!sources.isEmpty() && !fetching.offline()) {
                try (Meter meter = meters.open("fetchNews", "URLs")) {
                    outcomes = fetcher.fetchAll(sources, meter);
                }
            }
            long deferred = outcomes.stream().filter(o -> o.status() == FetchOutcome.Status.DEFERRED).count();
            if (deferred > 0) {
                LoggerFactory.getLogger("roundup").warn("fetchNews: the fetch budget of {} is spent; {} URLs left for "
                        + "the next run (--roundup.fetch.budget=…)", fetching.budget(), deferred);
            }
            outcomes.stream().filter(o -> o.reject() != null).forEach(o -> bad.add(o.reject()));
            rejects.save("fetchNews", bad);
            return new Counts(sources.size() + bad.size(), outcomes.stream().filter(FetchOutcome::isNew).count(), bad.size());
        });
    }

    /**
     * Documents per chunk of readNews and extractEvents. The load threads wait at every chunk's end
     * for its slowest document and while it is written: 200 rather than 50 took the two steps from
     * 536 to 570 pages/s on the bench; a restart redoes at most this many documents.
     */
    static final int DOCUMENTS_PER_CHUNK = 200;

    /**
     * Local pages in news/ and every article page fetched so far, named by their URL, read with their
     * Content-Type. In one process a chunk step over all of them; with remote workers partitions of
     * whole files, as loadPrices cuts them, each partition that same step over its files.
     */
    Step readNews() {
        Partitions where = remote.getIfAvailable();
        if (where == null) return readNewsOf(null);
        return step("readNews")
                .partitioner("readNews", PerFileStep.byFileGroups(() -> newsFiles(new HashMap<>()), where.groups("readNews", 1)))
                .partitionHandler(where.handler("readNews", PerFileStep.inNameOrder(readNewsPartition(), new SyncTaskExecutor(), 1)))
                .listener(new StepLog())
                .build();
    }

    /** One partition of readNews: the pages its context names. */
    Step readNewsPartition() {
        return new PerFileStep("readNews", this::readNewsOf);
    }

    /** readNews over {@code part}, or over every page when null. */
    private Step readNewsOf(List<Path> part) {
        ArticleReader reader = new ArticleReader();
        Map<Path, FetchedPage> fetched = new HashMap<>();
        return loadConcurrently("readNews", "pages", DOCUMENTS_PER_CHUNK, () -> {
                    List<Path> all = newsFiles(fetched);
                    return part == null ? all : part;
                },
                (f, runDate) -> {
                    FetchedPage page = fetched.get(f.toAbsolutePath().normalize());
                    return RowReader.of(List.of(Parsed.ok(page != null
                            ? new Page(page.url(), f, page.contentType()) : new Page(name(f), f, null))));
                },
                page -> reader.read(page.name(), Files.readAllBytes(page.file()), page.contentType()),
                (ItemWriter<Article>) chunk -> news.saveDocuments(chunk.getItems()));
    }

    /** The pages readNews reads; {@code fetched} gets the fetched ones, by absolute path. */
    private List<Path> newsFiles(Map<Path, FetchedPage> fetched) {
        List<Path> files = new ArrayList<>(InputFiles.in(input().resolve("news"), "html", "htm", "txt"));
        for (FetchedPage page : new FetchStore(jdbc).all()) {
            Path raw = rawFolder().resolve(page.rawPath());
            if (InputFiles.hasExtension(raw, "html", "htm", "txt") && Files.isRegularFile(raw)) {
                files.add(raw);
                fetched.put(raw.toAbsolutePath().normalize(), page);
            }
        }
        return files;
    }

    private Path rawFolder() {
        return folders.output().resolve("raw");
    }

    Step extractEvents() {
        ExtractProcessor processor = new ExtractProcessor(news, companies);
        ListReader<String> documents = new ListReader<>("documents", news::documentFiles);
        return step("extractEvents")
                .<String, ExtractProcessor.DocumentMentions>chunk(DOCUMENTS_PER_CHUNK)
                .transactionManager(tx)
                .reader(documents)
                .processor(processor)
                .taskExecutor(loadExecutor) // documents are independent: extract them on every core, write in order
                .writer(chunk -> {
                    List<String> files = new ArrayList<>();
                    List<Mention> mentions = new ArrayList<>();
                    for (ExtractProcessor.DocumentMentions d : chunk.getItems()) {
                        files.add(d.file());
                        mentions.addAll(d.mentions());
                    }
                    news.replaceMentions(files, mentions);
                })
                .listener(processor)
                .listener(new StepLog())
                .listener((StepListener) new StepMeter<String>(meters, "documents", documents::total))
                .build();
    }

    Step normalize() {
        return tasklet("normalize", () -> {
            int normalized = stages().normalize();
            return new Counts(normalized, normalized);
        });
    }

    /**
     * Rebuilds the events from the mentions (an event lost or invented on the way is a bug and fails
     * the run), then applies the analysts' corrections; one that cannot apply is a reject.
     */
    Step mergeEvents() {
        return tasklet("mergeEvents", () -> {
            LedgerStages.MergeCounts counts = stages().merge();
            return new Counts(counts.mentions(), counts.events(), counts.unapplied());
        });
    }

    /**
     * Row-level checks: an event that fails one goes into review (event_review, review.csv) and stays
     * out of the summaries; the rest of the ledger is published and the run goes on.
     */
    Step checkQuality() {
        return step(InReview.STEP)
                .tasklet((contribution, context) -> {
                    LedgerStages.ReviewCounts counts = stages().review();
                    InReview.record(context.getStepContext().getStepExecution(), counts.pending());
                    for (int i = 0; i < counts.events(); i++) contribution.incrementReadCount();
                    contribution.incrementWriteCount(counts.events() - counts.pending());
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(new StepLog())
                .build();
    }

    /** A step builder whose step reports to Spring Batch's Micrometer observations. */
    private StepBuilder step(String name) {
        return new StepBuilder(name, repository).observationRegistry(observations);
    }

    private LedgerStages stages() {
        return new LedgerStages(jdbc, folders, reviewing.valuationFactor());
    }

    Step writeOutputs() {
        return step("writeOutputs")
                .tasklet((contribution, context) -> {
                    var step = context.getStepContext().getStepExecution();
                    LocalDate runDate = RunParameters.runDate(step.getJobParameters());
                    var published = new OutputFiles(jdbc, news, events, rejects, reviews).write(folders.output(), runDate);
                    new HistoryRecorder(new HistoryStore(jdbc), events).record(step.getJobExecutionId(), runDate, published);
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(new StepLog())
                .build();
    }

    /** A load of rows from files; its bar guesses the rows to come from the bytes of the files. */
    private <T> Step load(String step, String unit, int chunk, java.util.function.Supplier<List<Path>> files,
                          RowFilesReader.Opener<T> opener, ItemWriter<T> writer) {
        FileTotals totals = FileTotals.fromBytes();
        return load(step, unit, chunk, new RowFilesReader<>(step, totals.listing(files), opener, totals), totals, writer);
    }

    private <T> Step load(String step, String unit, int chunk, RowFilesReader<T> reader, FileTotals totals, ItemWriter<T> writer) {
        RejectFilter<T> filter = new RejectFilter<>(step, rejects, limits.rejectLimit());
        return rowFilesStep(step, chunk, reader, filter, filter, null, writer, new StepMeter<>(meters, unit, totals::total));
    }

    /**
     * A news file under the name its rejects and documents are filed by. Its bytes are read where it
     * is parsed, so that a chunk in flight holds file names, not pages. A fetched page keeps the
     * Content-Type it was served with (null for a local file): its charset may be named only there.
     */
    private record Page(String name, Path file, String contentType) {
    }

    /** Parses one raw item; an IOException counts as transient, like the reader's. */
    private interface Parse<R, T> {
        Parsed<T> apply(R raw) throws IOException;
    }

    /**
     * {@link #load} for files whose parsing is the expensive part: the step reads the raw items in
     * order, parses them on every load thread at once ({@code parse} must be thread-safe) and writes
     * each chunk in reading order, so restarts and outputs are those of the sequential step.
     */
    private <R, T> Step loadConcurrently(String step, String unit, int chunk, java.util.function.Supplier<List<Path>> files,
                                         RowFilesReader.Opener<R> opener, Parse<R, T> parse,
                                         ItemWriter<T> writer) {
        RejectFilter<T> filter = new RejectFilter<>(step, rejects, limits.rejectLimit());
        FileTotals totals = FileTotals.onePerFile(); // one raw item per file: a page
        return rowFilesStep(step, chunk, new RowFilesReader<>(step, totals.listing(files), opener, totals),
                raw -> filter.process(raw.isOk() ? parse.apply(raw.value()) : Parsed.rejected(raw.reject())),
                filter, loadExecutor, writer, new StepMeter<>(meters, unit, totals::total));
    }

    /**
     * A chunk step over rows of files, rejects recorded and counted, retried on transient faults; it
     * logs its progress every roundup.progress-seconds (unless roundup.progress=off) and feeds its bar.
     */
    private <R, T> Step rowFilesStep(String step, int chunk, RowFilesReader<R> reader, ItemProcessor<Parsed<R>, T> processor,
                                     RejectFilter<T> filter, AsyncTaskExecutor concurrently, ItemWriter<T> writer,
                                     StepMeter<Parsed<R>> meter) {
        var builder = TransientFaults.retried(step(step).<Parsed<R>, T>chunk(chunk))
                .transactionManager(tx)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .stream(filter)
                .listener(new StepLog())
                .listener(reader)
                .listener((StepListener) meter);
        if (limits.progress().logsLines()) {
            Progress<Parsed<R>, T> progress = new Progress<>(limits.progressSeconds());
            builder.listener((ChunkListener<Parsed<R>, T>) progress).listener((StepExecutionListener) progress);
        }
        if (concurrently != null) builder.taskExecutor(concurrently);
        return builder.build();
    }

    /** What a whole-table step read, wrote and rejected, for the step log. */
    private record Counts(long read, long written, long rejected) {
        Counts(long read, long written) {
            this(read, written, 0);
        }
    }

    private Step tasklet(String step, java.util.function.Supplier<Counts> work) {
        return step(step)
                .tasklet((contribution, context) -> {
                    Counts counts = work.get();
                    for (long i = 0; i < counts.read(); i++) contribution.incrementReadCount();
                    contribution.incrementWriteCount(counts.written());
                    contribution.incrementFilterCount(counts.rejected());
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(new StepLog())
                .build();
    }

    private Path input() {
        return folders.input();
    }

    private static String name(Path f) {
        return f.getFileName().toString();
    }
}
