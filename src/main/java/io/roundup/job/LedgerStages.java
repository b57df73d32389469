package io.roundup.job;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Parsed;
import io.roundup.fetch.FetchedPage;
import io.roundup.news.ArticleReader;
import io.roundup.store.FetchStore;
import io.roundup.domain.Mention;
import io.roundup.extract.EventExtractor;
import io.roundup.fx.FxTable;
import io.roundup.ledger.Corrections;
import io.roundup.ledger.HistoryDiff;
import io.roundup.ledger.LedgerOrder;
import io.roundup.normalize.EventMerger;
import io.roundup.normalize.MentionNormalizer;
import io.roundup.normalize.MergeInvariants;
import io.roundup.normalize.NormalizedMention;
import io.roundup.report.CsvTable;
import io.roundup.report.LedgerFiles;
import io.roundup.review.ReviewRow;
import io.roundup.review.Reviews;
import io.roundup.review.RowChecks;
import io.roundup.store.EventStore;
import io.roundup.store.NewsStore;
import io.roundup.store.CompanyStore;
import io.roundup.store.FxStore;
import io.roundup.store.RejectStore;
import io.roundup.store.ReviewStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages from the stored mentions to the reviewed ledger, each one call over the tables: the
 * job's steps run them, and {@code reextract --dry-run} runs them inside a transaction it rolls back.
 */
final class LedgerStages {

    private final Path input;
    private final Path rawFolder;
    private final BigDecimal valuationFactor;
    private final CompanyStore companies;
    private final FxStore fx;
    private final NewsStore news;
    private final EventStore events;
    private final RejectStore rejects;
    private final ReviewStore reviews;
    private final FetchStore fetched;

    LedgerStages(JdbcTemplate jdbc, RoundupProperties folders, BigDecimal valuationFactor) {
        this.input = folders.input();
        this.rawFolder = folders.output().resolve("raw");
        this.fetched = new FetchStore(jdbc);
        this.valuationFactor = valuationFactor;
        this.companies = new CompanyStore(jdbc);
        this.fx = new FxStore(jdbc);
        this.news = new NewsStore(jdbc);
        this.events = new EventStore(jdbc);
        this.rejects = new RejectStore(jdbc);
        this.reviews = new ReviewStore(jdbc);
    }

    /**
     * Reads every page fetched so far again from its raw copy (nothing is fetched), with the current
     * article reader, as readNews does; returns the pages read. A page it cannot read keeps its document.
     */
    int rereadFetchedPages() {
        ArticleReader reader = new ArticleReader();
        int read = 0;
        for (FetchedPage page : fetched.all()) {
            Path raw = rawFolder.resolve(page.rawPath());
            if (!InputFiles.hasExtension(raw, "html", "htm", "txt") || !Files.isRegularFile(raw)) continue;
            Parsed<Article> article;
            try {
                article = reader.read(page.url(), Files.readAllBytes(raw));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + raw, e);
            }
            if (article.isOk()) {
                news.saveDocuments(List.of(article.value()));
                read++;
            }
        }
        return read;
    }

    /** Runs the current extractor over every stored document, replacing its mentions; returns the documents read. */
    int extractAll() {
        EventExtractor extractor = new EventExtractor(new CompanyRegistry(companies.companies()));
        List<String> files = news.documentFiles();
        for (int from = 0; from < files.size(); from += RoundupJobConfig.DOCUMENTS_PER_CHUNK) {
            List<String> chunk = files.subList(from, Math.min(files.size(), from + RoundupJobConfig.DOCUMENTS_PER_CHUNK));
            List<Mention> mentions = new ArrayList<>();
            for (String f : chunk) mentions.addAll(extractor.extract(news.document(f)));
            news.replaceMentions(chunk, mentions);
        }
        return files.size();
    }

    /** Resolves companies and converts figures to USD; returns the mentions normalised. */
    int normalize() {
        MentionNormalizer normalizer = new MentionNormalizer(new CompanyRegistry(companies.companies()),
                FxTable.ofPublished(fx.rates()));
        List<NormalizedMention> out = new ArrayList<>();
        for (NewsStore.StoredMention m : news.mentions()) out.add(normalizer.normalize(m.mention(), m.seq(), m.published()));
        news.saveNormalized(out);
        return out.size();
    }

    /** What {@link #merge} did, for the step's counts. */
    record MergeCounts(int mentions, int events, int unapplied) {
    }

    /**
     * Rebuilds the events from the mentions (an event lost or invented on the way is a bug: it
     * throws), then applies the analysts' corrections; one that cannot apply is a reject.
     */
    MergeCounts merge() {
        List<NormalizedMention> mentions = news.normalizedMentions();
        List<EventMerger.Merged> merged = new EventMerger().mergeWithMembers(mentions);
        List<String> broken = MergeInvariants.violations(mentions, merged);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("the merge broke an invariant on " + broken.size() + " row(s):\n  "
                    + String.join("\n  ", broken));
        }
        Corrections.Outcome corrected = new ApplyCorrections(input, news, companies, fx, rejects).apply(merged);
        Map<String, String> dropped = new HashMap<>();
        corrected.dropped().forEach((id, c) -> dropped.put(id, c.what() + " by " + c.who() + ": " + c.why()));
        events.replaceAll(corrected.events(), corrected.correctedFields(), corrected.approvals(), dropped);
        return new MergeCounts(mentions.size(), corrected.events().size(), corrected.unapplied().size());
    }

    /** The events checked, and how many of them are pending review. */
    record ReviewCounts(int events, long pending) {
    }

    /** Puts the events that fail a row-level check into review. */
    ReviewCounts review() {
        List<FundingEvent> ledger = events.events();
        List<ReviewRow> rows = Reviews.rows(new RowChecks(valuationFactor).findings(ledger), ledger, events.approvals());
        Map<String, String> states = Reviews.states(rows);
        reviews.replaceAll(rows, states);
        return new ReviewCounts(ledger.size(), states.values().stream().filter(Reviews.PENDING::equals).count());
    }

    /** The ledger's rows as funding_events.csv would hold them now. */
    List<HistoryDiff.Row> rows() {
        List<FundingEvent> ledger = new ArrayList<>(events.events());
        ledger.sort(LedgerOrder.events());
        CsvTable table = LedgerFiles.eventTable(ledger, events.marks());
        List<HistoryDiff.Row> out = new ArrayList<>();
        for (int i = 0; i < ledger.size(); i++) {
            out.add(new HistoryDiff.Row(ledger.get(i), table.rows().get(i), CsvTable.line(table.rows().get(i))));
        }
        return out;
    }

    Map<String, String> dropped() {
        return events.dropped();
    }
}
