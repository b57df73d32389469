package io.roundup.job;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.fx.FxTable;
import io.roundup.ledger.Correction;
import io.roundup.ledger.CorrectionCsv;
import io.roundup.ledger.Corrections;
import io.roundup.normalize.EventMerger.Merged;
import io.roundup.normalize.MentionNormalizer;
import io.roundup.store.NewsStore;
import io.roundup.store.CompanyStore;
import io.roundup.store.FxStore;
import io.roundup.store.RejectStore;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code corrections.csv} from the input folder and applies it to the merged ledger. Its bad
 * rows and the corrections that found no target are the step's rejects for that file, replaced on
 * every run (a correction fixed or a target back is no longer reported).
 */
final class ApplyCorrections {

    static final String STEP = "mergeEvents";

    private final Path input;
    private final NewsStore news;
    private final CompanyStore companies;
    private final FxStore fx;
    private final RejectStore rejects;

    ApplyCorrections(Path input, NewsStore news, CompanyStore companies, FxStore fx, RejectStore rejects) {
        this.input = input;
        this.news = news;
        this.companies = companies;
        this.fx = fx;
        this.rejects = rejects;
    }

    Corrections.Outcome apply(List<Merged> merged) {
        Path file = input.resolve(CorrectionCsv.FILE_NAME);
        List<Correction> corrections = new ArrayList<>();
        List<Reject> bad = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                for (Parsed<Correction> p : CorrectionCsv.read(r, CorrectionCsv.FILE_NAME)) {
                    if (p.isOk()) corrections.add(p.value());
                    else bad.add(p.reject());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        Corrections.Outcome outcome = corrections.isEmpty()
                ? new Corrections((before, changed) -> before).apply(merged, List.of(), CorrectionCsv.FILE_NAME)
                : new Corrections(renormalizer()).apply(merged, corrections, CorrectionCsv.FILE_NAME);
        bad.addAll(outcome.unapplied());
        rejects.replace(STEP, CorrectionCsv.FILE_NAME, bad);
        return new Corrections.Outcome(outcome.events(), outcome.correctedFields(), outcome.approvals(), outcome.dropped(), bad);
    }

    /** A changed mention goes through the normalizer again, with its document's publication date. */
    private Corrections.Renormalizer renormalizer() {
        MentionNormalizer normalizer = new MentionNormalizer(new CompanyRegistry(companies.companies()),
                FxTable.ofPublished(fx.rates()));
        Map<String, LocalDate> published = new HashMap<>();
        for (NewsStore.StoredMention m : news.mentions()) {
            if (m.published() != null) published.put(m.mention().file() + "#" + m.seq(), m.published());
        }
        return (before, changed) -> normalizer.normalize(changed, before.seq(),
                published.get(before.mention().file() + "#" + before.seq()));
    }
}
