package io.roundup.testing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * An input folder of the sample registry and the news pages of src/test/resources/quarantine-news
 * (written for these tests): five ordinary rounds and one post-money below its amount.
 */
public final class NewsPages {

    private NewsPages() {
    }

    public static Path input(Path dir) throws IOException {
        Path input = dir.resolve("input");
        Files.createDirectories(input.resolve("news"));
        Files.copy(Path.of("input/companies.csv"), input.resolve("companies.csv"));
        try (Stream<Path> pages = Files.list(Path.of("src/test/resources/quarantine-news"))) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, input.resolve("news").resolve(p.getFileName()));
            }
        }
        return input;
    }

    /** The records of a CSV file with a header row. */
    public static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** The one row of funding_events.csv (or another event file) of this company. */
    public static CSVRecord event(Path file, String company) throws IOException {
        List<CSVRecord> rows = csv(file).stream().filter(r -> r.get("company").equals(company)).toList();
        if (rows.size() != 1) throw new AssertionError(rows.size() + " rows of " + company + " in " + file);
        return rows.get(0);
    }
}
