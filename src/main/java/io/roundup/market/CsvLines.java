package io.roundup.market;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Physical-line CSV reading shared by the market readers: every line is read on its own (so the
 * reject can quote its raw text and 1-based line number) and split with commons-csv when it holds a
 * quote, with a plain comma split otherwise. LF, CRLF and a missing final newline are all fine; a
 * UTF-8 BOM on the first line is dropped. Quoted fields spanning lines are not supported: such a line
 * has an unterminated quote and is reported as malformed.
 */
final class CsvLines {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

    private final BufferedReader in;
    private long lineNo;
    private String raw;

    CsvLines(Reader reader) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    }

    /** Advances to the next non-blank line; false at the end of input. */
    boolean advance() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank()) continue;
            raw = line;
            return true;
        }
        raw = null;
        return false;
    }

    long lineNo() {
        return lineNo;
    }

    String raw() {
        return raw;
    }

    /** The current line's fields, trimmed; null when the line is not valid CSV (unterminated quote). */
    List<String> fields() {
        return split(raw);
    }

    static List<String> split(String line) {
        if (line.indexOf('"') < 0) {
            String[] parts = line.split(",", -1);
            List<String> out = new ArrayList<>(parts.length);
            for (String p : parts) out.add(p.strip());
            return out;
        }
        try (CSVParser p = CSVParser.parse(line, FORMAT)) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) return List.of("");
            CSVRecord r = it.next();
            if (it.hasNext()) return null;
            List<String> out = new ArrayList<>(r.size());
            for (String s : r) out.add(s == null ? "" : s.strip());
            return out;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    void close() throws IOException {
        in.close();
    }
}
