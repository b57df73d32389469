package io.roundup.job;

import io.roundup.domain.FundingEvent;
import io.roundup.report.CsvTable;
import io.roundup.report.HtmlReport;
import io.roundup.report.LedgerFiles;
import io.roundup.report.LedgerJson;
import io.roundup.report.ReportFiles;
import io.roundup.store.EventStore;
import io.roundup.store.NewsStore;
import io.roundup.store.RejectStore;
import io.roundup.store.ReviewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Reads the tables back and hands them to the report writers. */
class OutputFiles {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private final JdbcTemplate jdbc;
    private final NewsStore news;
    private final EventStore events;
    private final RejectStore rejects;
    private final ReviewStore reviews;

    OutputFiles(JdbcTemplate jdbc, NewsStore news, EventStore events, RejectStore rejects, ReviewStore reviews) {
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.news = news;
        this.events = events;
        this.rejects = rejects;
    }

    /** What funding_events.csv holds: the events in the file's order and the table written. */
    record Published(List<FundingEvent> events, CsvTable table) {
    }

    Published write(Path dir, LocalDate runDate) throws IOException {
        Files.createDirectories(dir);
        PublishedLedger read = PublishedLedger.read(jdbc, runDate);
        LedgerFiles.writeMentions(dir.resolve("mentions.csv"), news.normalizedMentions());
        CsvTable table = LedgerFiles.eventTable(read.ledger(), read.marks());
        table.write(dir.resolve("funding_events.csv"));
        LedgerFiles.writeReview(dir.resolve("review.csv"), reviews.rows());
        LedgerFiles.writeRejects(dir.resolve("rejects.csv"), rejects.all());
        ReportFiles.writeAll(dir, read.published());
        LedgerJson.write(dir, runDate, read.ledger(), read.marks(), events.sourceMentions());
        HtmlReport.write(dir, read.published(), read.ledger(), read.marks());
        log.info("wrote mentions.csv, funding_events.csv, funding_events.json, review.csv, rejects.csv, company_summary.csv, country_summary.csv, "
                + "ipo_summary.csv, report.html to {}", dir.toAbsolutePath());
        return new Published(read.ledger(), table);
    }
}
