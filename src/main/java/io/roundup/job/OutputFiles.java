package io.roundup.job;

import io.roundup.fx.FxTable;
import io.roundup.report.LedgerFiles;
import io.roundup.report.PriceLookup;
import io.roundup.report.ReportFiles;
import io.roundup.report.ReportInput;
import io.roundup.store.EventStore;
import io.roundup.store.NewsStore;
import io.roundup.store.ReferenceStore;
import io.roundup.store.RejectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Reads the tables back and hands them to the report writers. */
class OutputFiles {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private final ReferenceStore reference;
    private final NewsStore news;
    private final EventStore events;
    private final RejectStore rejects;

    OutputFiles(ReferenceStore reference, NewsStore news, EventStore events, RejectStore rejects) {
        this.reference = reference;
        this.news = news;
        this.events = events;
        this.rejects = rejects;
    }

    void write(Path dir, LocalDate runDate) throws IOException {
        Files.createDirectories(dir);
        var ledger = events.events();
        LedgerFiles.writeMentions(dir.resolve("mentions.csv"), news.normalizedMentions());
        LedgerFiles.writeEvents(dir.resolve("funding_events.csv"), ledger);
        LedgerFiles.writeRejects(dir.resolve("rejects.csv"), rejects.all());
        PriceLookup prices = new PriceLookup() {
            @Override
            public Optional<io.roundup.domain.PriceBar> on(String ticker, LocalDate date) {
                return reference.priceOn(ticker, date);
            }

            @Override
            public Optional<io.roundup.domain.PriceBar> latestOnOrBefore(String ticker, LocalDate date) {
                return reference.latestPriceOnOrBefore(ticker, date);
            }
        };
        ReportFiles.writeAll(dir, new ReportInput(ledger, reference.companies(), reference.listings(), prices,
                FxTable.ofQuotes(reference.fxQuotes()), runDate));
        log.info("wrote mentions.csv, funding_events.csv, rejects.csv, company_summary.csv, country_summary.csv, "
                + "ipo_summary.csv to {}", dir.toAbsolutePath());
    }
}
