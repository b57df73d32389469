package io.roundup.ledger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/** A recorded line of funding_events.csv read back into its cells, for comparing with a new row. */
public final class HistoryRows {

    private HistoryRows() {
    }

    public static List<String> cells(String line) {
        try (CSVParser p = CSVFormat.DEFAULT.parse(new StringReader(line))) {
            List<CSVRecord> records = p.getRecords();
            if (records.size() != 1) throw new IllegalArgumentException("a history row holds " + records.size() + " records: " + line);
            return records.get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
