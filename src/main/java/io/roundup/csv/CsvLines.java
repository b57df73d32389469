package io.roundup.csv;

import io.roundup.csv.DuplicateRows.Row;
import io.roundup.domain.Parsed;
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
 * Physical-line CSV reading shared by the market, fx and rounds readers: every line is read on its
 * own (so the reject can quote its raw text and 1-based line number) and split with commons-csv when
 * it holds a quote, with a plain split otherwise. LF, CRLF and a missing final newline are all fine;
 * a UTF-8 BOM on the first line is dropped; blank lines are skipped (they still count for line
 * numbers). The delimiter is {@code ,} unless {@link #delimiter(char)} sets another one, usually
 * from {@link #detectDelimiter(String)} on the header line ({@code ;} and tab are recognised).
 * A quoted field spanning lines (IPOScoop's {@code "Ares Management. L.P. ⏎ ⏎",ARES,...}) is joined into one
 * record of up to {@value #MAX_CONTINUATION} further lines when that closes the quote; the record is then
 * reported under its first line, its raw text holding the line breaks. A quote that no such join closes is
 * left as it is (one malformed line, the following lines read normally). Rejects of the current line
 * ({@link #reject}) carry the file's name, the line number and the raw text.
 */
public final class CsvLines {

    /** How many further physical lines a quoted field may span. */
    public static final int MAX_CONTINUATION = 4;

    private final BufferedReader in;
    private final String source;
    private long physical;
    private long lineNo;
    private String raw;
    private char delimiter = ',';
    private CSVFormat format = format(',');

    /** @param source the file (or URL) rejects name */
    public CsvLines(Reader reader, String source) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        this.source = source;
    }

    private static CSVFormat format(char d) {
        return CSVFormat.DEFAULT.builder().setDelimiter(d).setTrim(true).get();
    }

    /** Sets the field delimiter for {@link #fields()}. */
    public CsvLines delimiter(char d) {
        this.delimiter = d;
        this.format = format(d);
        return this;
    }

    public char delimiter() {
        return delimiter;
    }

    /** True when numbers in this file are expected with a decimal comma (delimiter other than comma). */
    public boolean decimalComma() {
        return delimiter != ',';
    }

    /**
     * The delimiter a header line uses: {@code ;} or tab when that character occurs (outside quotes)
     * more often than the comma, else {@code ,}.
     */
    public static char detectDelimiter(String header) {
        int comma = 0, semi = 0, tab = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted) {
                if (c == ',') comma++;
                else if (c == ';') semi++;
                else if (c == '\t') tab++;
            }
        }
        if (semi > comma && semi >= tab) return ';';
        if (tab > comma && tab > semi) return '\t';
        return ',';
    }

    /**
     * Takes the current line as the header: the delimiter it uses ({@link #detectDelimiter}) becomes the
     * file's, and its cells up to the last non-empty one (a trailing delimiter dropped) are returned; null
     * when the line is not valid CSV ({@link Header#NOT_CSV}).
     */
    public List<String> headerCells() {
        delimiter(detectDelimiter(raw));
        List<String> cells = fields();
        return cells == null ? null : cells.subList(0, effectiveSize(cells, 1));
    }

    /** Advances to the next non-blank line; false at the end of input. */
    public boolean advance() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            physical++;
            if (physical == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank()) continue;
            lineNo = physical;
            raw = oddQuotes(line) ? joinContinuation(line) : line;
            return true;
        }
        raw = null;
        return false;
    }

    private String joinContinuation(String first) throws IOException {
        in.mark(1 << 16);
        StringBuilder sb = new StringBuilder(first);
        for (int k = 1; k <= MAX_CONTINUATION; k++) {
            String next = in.readLine();
            if (next == null) break;
            sb.append('\n').append(next);
            if (oddQuotes(next)) {
                physical += k;
                return sb.toString();
            }
        }
        in.reset();
        return first;
    }

    private static boolean oddQuotes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '"') n++;
        return (n & 1) == 1;
    }

    public long lineNo() {
        return lineNo;
    }

    public String raw() {
        return raw;
    }

    /** The current line rejected for {@code why}. */
    public <T> Parsed<T> reject(Rejection why) {
        return why.at(source, lineNo, raw);
    }

    /** The current line as a row of the duplicate check ({@link DuplicateRows}); {@code key} null when not compared. */
    public <T> Row<T> row(Parsed<T> parsed, String key) {
        return new Row<>(lineNo, raw, parsed, key);
    }

    /** The current line's fields, trimmed; null when the line is not valid CSV (unterminated quote). */
    public List<String> fields() {
        return split(raw, delimiter, format);
    }

    /** Splits one line on commas. */
    public static List<String> split(String line) {
        return split(line, ',', format(','));
    }

    /** Splits one line on {@code delimiter}; null when the line has an unterminated quote. */
    public static List<String> split(String line, char delimiter) {
        return split(line, delimiter, format(delimiter));
    }

    private static List<String> split(String line, char delimiter, CSVFormat format) {
        if (line.indexOf('"') < 0) {
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == delimiter) {
                    out.add(line.substring(start, i).strip());
                    start = i + 1;
                }
            }
            return out;
        }
        try (CSVParser p = CSVParser.parse(line, format)) {
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

    /** Number of fields once trailing empty fields beyond {@code expected} are dropped (a trailing delimiter). */
    public static int effectiveSize(List<String> f, int expected) {
        int n = f.size();
        while (n > expected && f.get(n - 1).isEmpty()) n--;
        return n;
    }

    public void close() throws IOException {
        in.close();
    }
}
