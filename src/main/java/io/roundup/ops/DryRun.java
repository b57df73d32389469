package io.roundup.ops;

import io.roundup.company.CompanyCsvReader;
import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.Company;
import io.roundup.domain.Mention;
import io.roundup.domain.Money;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.domain.RowReader;
import io.roundup.extract.EventExtractor;
import io.roundup.fetch.DataTarget;
import io.roundup.fetch.Source;
import io.roundup.fetch.SourceListReader;
import io.roundup.fx.FxFiles;
import io.roundup.fx.PublishedRate;
import io.roundup.ledger.CorrectionCsv;
import io.roundup.market.ListingCsvReader;
import io.roundup.market.PriceCsvReader;
import io.roundup.csv.TextFiles;
import io.roundup.news.ArticleReader;
import io.roundup.rounds.RoundCsvReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads, validates and extracts everything in the input folder with the job's plain readers, as
 * its steps would, and reports it: rows per file, every reject with file, line and reason, and the
 * events found per document. No Spring, no database, no output file: nothing is written anywhere.
 * Feeds in {@code sources.csv} are listed, not fetched.
 */
final class DryRun {

    /** What one input file gave. */
    record FileResult(String file, String kind, long rows, long rejects, String note) {
    }

    /** A reject and the file (relative to the input folder) it came from. */
    record FileReject(String file, Reject reject) {
    }

    /** The events found in one document (a news page or a rounds file). */
    record Events(String file, List<Mention> mentions) {
    }

    final List<FileResult> files = new ArrayList<>();
    final List<FileReject> rejects = new ArrayList<>();
    final List<Events> events = new ArrayList<>();
    /** What the run would fetch: the news sources as listed, the market data files with templates filled in. */
    final List<String> fetches = new ArrayList<>();

    private final Path input;
    private final LocalDate runDate;

    DryRun(Path input, LocalDate runDate) {
        this.input = input;
        this.runDate = runDate;
    }

    interface Opener<T> {
        RowReader<T> open(Path file) throws IOException;
    }

    /** Reads the whole input folder, in the job's step order. */
    DryRun read() throws IOException {
        List<Company> companies = new ArrayList<>();
        for (Path f : file(input.resolve("companies.csv"))) {
            rows(f, "companies", p -> new CompanyCsvReader(TextFiles.open(p), name(p)), companies::add, null);
        }
        for (Path f : in(input.resolve("fx"), "csv", "xml", "zip")) {
            long[] quotes = {0};
            rows(f, "fx", p -> FxFiles.open(p, runDate), (List<PublishedRate> day) -> quotes[0] += day.size(), quotes);
        }
        for (Path f : in(input.resolve("prices"), "csv", "txt")) {
            rows(f, "prices", p -> PriceCsvReader.open(p, runDate), bar -> { }, null);
        }
        List<Path> listings = new ArrayList<>(file(input.resolve("listings.csv")));
        listings.addAll(in(input.resolve("listings"), "csv"));
        List<String> tickers = new ArrayList<>(companies.stream().map(Company::ticker).toList());
        for (Path f : listings) rows(f, "listings", p -> ListingCsvReader.open(p, runDate), l -> tickers.add(l.ticker()), null);
        for (Path f : in(input.resolve("rounds"), "csv")) {
            List<Mention> found = new ArrayList<>();
            rows(f, "rounds", p -> RoundCsvReader.open(p, runDate), found::add, null);
            events.add(new Events(relative(f), found));
        }
        List<Source> sources = new ArrayList<>();
        for (Path f : file(input.resolve("sources.csv"))) {
            rows(f, "sources", p -> new SourceListReader(Files.newBufferedReader(p), name(p)), sources::add, null);
        }
        // the run fills price templates with the tickers stored too; a dry run knows those of the input folder
        for (Source s : sources) if (!s.kind().isData()) fetches.add(s.kind().code() + " " + s.url());
        for (DataTarget t : DataTarget.expand(sources, tickers)) fetches.add(t.kind().code() + " " + t.url());
        for (Path f : file(input.resolve(CorrectionCsv.FILE_NAME))) {
            rows(f, "corrections", p -> {
                try (var in = Files.newBufferedReader(p)) {
                    return RowReader.of(CorrectionCsv.read(in, name(p)));
                }
            }, c -> { }, null);
        }
        EventExtractor extractor = new EventExtractor(new CompanyRegistry(companies));
        ArticleReader reader = new ArticleReader();
        for (Path f : in(input.resolve("news"), "html", "htm", "txt")) {
            Parsed<Article> page = reader.read(name(f), Files.readAllBytes(f));
            if (!page.isOk()) {
                rejects.add(new FileReject(relative(f), page.reject()));
                files.add(new FileResult(relative(f), "news", 0, 1, ""));
                continue;
            }
            List<Mention> found = extractor.extract(page.value());
            events.add(new Events(relative(f), found));
            files.add(new FileResult(relative(f), "news", 1, 0, found.size() + " events"));
        }
        return this;
    }

    private <T> void rows(Path f, String kind, Opener<T> opener, Consumer<T> values, long[] extra) {
        long ok = 0;
        long bad = 0;
        try (RowReader<T> reader = opener.open(f)) {
            for (Parsed<T> row; (row = reader.next()) != null; ) {
                if (row.isOk()) {
                    ok++;
                    values.accept(row.value());
                } else {
                    bad++;
                    rejects.add(new FileReject(relative(f), row.reject()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // as the job does: a file that cannot be read is one reject, and the others are still read
            bad++;
            rejects.add(new FileReject(relative(f), new Reject(name(f), 1, "unreadable_file: " + e.getMessage(), "")));
        }
        String note = switch (kind) {
            case "fx" -> ok + " days, " + (extra == null ? 0 : extra[0]) + " rates";
            case "sources" -> "not fetched by a dry run (see below)";
            case "corrections" -> "targets are looked up by the run";
            default -> "";
        };
        files.add(new FileResult(relative(f), kind, ok, bad, note));
    }

    long rowCount() {
        return files.stream().mapToLong(FileResult::rows).sum();
    }

    long eventCount() {
        return events.stream().mapToLong(e -> e.mentions().size()).sum();
    }

    /** Prints the report; {@code maxRejects} bounds the rejects listed (all are counted); offline: nothing would be fetched. */
    void print(PrintWriter out, int maxRejects, boolean offline) {
        out.printf("dry run of %s for run date %s: nothing is written%n%n", input.toAbsolutePath().normalize(), runDate);
        Table table = new Table("file", "kind", ">rows", ">rejects", "note");
        for (FileResult f : files) table.row(f.file(), f.kind(), f.rows(), f.rejects(), f.note());
        if (table.isEmpty()) out.println("no input files");
        else table.print(out, "");
        out.println();
        out.printf("rejects: %d%s%n", rejects.size(), rejects.size() > maxRejects ? " (first " + maxRejects + " listed)" : "");
        Table bad = new Table("file", ">line", "reason", "raw");
        rejects.stream().limit(maxRejects).forEach(r -> bad.row(r.file(), r.reject().line(),
                Table.clip(r.reject().reason(), 90), Table.clip(r.reject().raw(), 60)));
        if (!bad.isEmpty()) bad.print(out, "  ");
        out.println();
        out.printf("events found: %d in %d documents%n", eventCount(), events.stream().filter(e -> !e.mentions().isEmpty()).count());
        for (Events e : events) {
            out.printf("  %s: %d events%n", Table.oneLine(e.file()), e.mentions().size());
            for (Mention m : e.mentions()) out.println("    " + Table.oneLine(describe(m))); // page text: no escapes
        }
        out.println();
        if (offline) {
            out.printf("would fetch nothing: --offline (%d URLs listed in sources.csv)%n", fetches.size());
        } else {
            out.printf("would fetch %d URLs%s%n", fetches.size(), fetches.isEmpty() ? "" : " (copies held are asked with ETag/Last-Modified):");
            for (String f : fetches) out.println("  " + Table.oneLine(f));
        }
        out.println();
        out.printf("would load %d rows from %d files, reject %d, and find %d events%n", rowCount(), files.size(),
                rejects.size(), eventCount());
    }

    static String describe(Mention m) {
        StringBuilder b = new StringBuilder(m.company()).append(' ').append(m.type().code()).append(' ').append(m.status().code());
        if (m.amount() != null) b.append(' ').append(money(m.amount()));
        if (m.roundLabel() != null) b.append(" round ").append(m.roundLabel());
        if (m.postMoney() != null) b.append(" post-money ").append(money(m.postMoney()));
        if (m.date() != null) b.append(" on ").append(m.date());
        if (m.ticker() != null) b.append(" ticker ").append(m.exchange() == null ? "" : m.exchange() + ":").append(m.ticker());
        return b.toString();
    }

    private static String money(Money m) {
        return m.plain() + " " + m.currencyCode();
    }

    private String relative(Path f) {
        return input.relativize(f).toString().replace('\\', '/');
    }

    private static String name(Path f) {
        return f.getFileName().toString();
    }

    private static List<Path> file(Path f) {
        return Files.isRegularFile(f) ? List.of(f) : List.of();
    }

    /** The files of these extensions in a folder, in name order, as the job lists them. */
    private static List<Path> in(Path folder, String... extensions) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                for (String e : extensions) if (n.endsWith("." + e)) return true;
                return false;
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
