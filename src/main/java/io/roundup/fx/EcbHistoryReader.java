package io.roundup.fx;

import io.roundup.csv.Decimals;
import io.roundup.csv.RejectCode;
import io.roundup.domain.EuroRate;
import io.roundup.domain.Parsed;
import io.roundup.domain.RowReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads ECB euro reference rates, one {@link Parsed} per data line holding every rate quoted that day.
 *
 * <p>Two layouts are accepted and told apart from the content, not the file name:
 * <ul>
 *   <li>the history file {@code eurofxref-hist.csv}: {@code Date,USD,JPY,...,} with ISO dates, newest
 *       first, a trailing comma on every line and {@code N/A} where a currency was not quoted;</li>
 *   <li>the daily file {@code eurofxref.csv}: {@code Date, USD, JPY, ..., } (a space after each comma)
 *       with the date written {@code 13 April 2026}.</li>
 * </ul>
 * Values are units of the currency per 1 EUR. {@code N/A} and empty cells are skipped, not rejected.
 * A line with an unreadable date or number, a non-positive rate or a wrong field count is rejected
 * as a whole with its physical 1-based line number (header = line 1). A header whose first column is
 * not {@code Date} gives one reject for line 1 and ends the file. A header with more {@code ;} than {@code ,}
 * switches the file to {@code ;} as delimiter with decimal commas ({@code 1,1675}), as a European Excel
 * saves it; a UTF-8 BOM, CRLF, blank lines and a missing final newline are accepted. Header columns that are not ISO 4217
 * codes known to the JDK are ignored (see {@link #ignoredColumns()}).
 */
public final class EcbHistoryReader implements RowReader<List<EuroRate>> {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final BufferedReader in;
    private final String source;
    private long lineNo;
    private boolean headerDone;
    private boolean finished;
    /** Currency per column index, null for the date column and ignored columns. */
    private Currency[] columns;
    private String[] columnNames;
    private final List<String> ignored = new ArrayList<>();
    private char delimiter = ',';
    private String lastRaw;

    public EcbHistoryReader(Reader reader, String sourceName) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        this.source = sourceName;
    }

    @Override
    public Parsed<List<EuroRate>> next() throws IOException {
        if (finished) return null;
        if (!headerDone) {
            Parsed<List<EuroRate>> bad = readHeader();
            if (bad != null || finished) return bad;
        }
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            lastRaw = line;
            return parseLine(line);
        }
        finished = true;
        return null;
    }

    /** Header columns skipped because the JDK knows no currency by that code. */
    public List<String> ignoredColumns() {
        return List.copyOf(ignored);
    }

    private Parsed<List<EuroRate>> readHeader() throws IOException {
        headerDone = true;
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                finished = true;
                return null;
            }
            lineNo++;
        } while (line.isBlank());
        if (line.startsWith("\uFEFF")) line = line.substring(1);
        lastRaw = line;
        if (count(line, ';') > count(line, ',')) delimiter = ';';
        String[] cells = split(line, delimiter);
        if (!cells[0].equalsIgnoreCase("Date")) {
            finished = true;
            return reject(RejectCode.BAD_HEADER, "column 1 expected 'Date' (ECB reference rate file), got '" + cells[0] + "'", line);
        }
        int n = cells.length;
        while (n > 1 && cells[n - 1].isEmpty()) n--; // trailing comma
        columns = new Currency[n];
        columnNames = new String[n];
        for (int i = 1; i < n; i++) {
            columnNames[i] = cells[i];
            try {
                columns[i] = Currency.getInstance(cells[i].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                ignored.add(cells[i]);
            }
        }
        return null;
    }

    /** Physical line number of the line last read (header = 1). */
    long lineNo() {
        return lineNo;
    }

    /** Text of the line last read. */
    String lastRaw() {
        return lastRaw;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private Parsed<List<EuroRate>> parseLine(String line) {
        String[] cells = split(line, delimiter);
        int n = cells.length;
        while (n > columns.length && cells[n - 1].isEmpty()) n--; // trailing comma
        if (n != columns.length) {
            RejectCode what = n < columns.length ? RejectCode.TRUNCATED : RejectCode.BAD_FIELD_COUNT;
            return reject(what, "expected " + columns.length + " fields (Date + " + (columns.length - 1)
                    + " currencies), got " + n, line);
        }
        LocalDate date = parseDate(cells[0]);
        if (date == null) {
            return reject(RejectCode.BAD_DATE, "column Date expected yyyy-MM-dd or '13 April 2026', got '" + cells[0] + "'", line);
        }
        List<EuroRate> rates = new ArrayList<>(n);
        for (int i = 1; i < n; i++) {
            String cell = cells[i];
            if (cell.isEmpty() || cell.equalsIgnoreCase("N/A") || columns[i] == null) continue;
            BigDecimal value;
            if (delimiter == ';') {
                value = Decimals.parse(cell, true);
                if (value == null) return reject(RejectCode.BAD_NUMBER, "column " + columnNames[i] + " expected a decimal, got '" + cell + "'", line);
            } else {
                try {
                    value = new BigDecimal(cell);
                } catch (NumberFormatException e) {
                    return reject(RejectCode.BAD_NUMBER, "column " + columnNames[i] + " expected a decimal, got '" + cell + "'", line);
                }
            }
            if (value.signum() <= 0) {
                return reject(RejectCode.BAD_NUMBER, "column " + columnNames[i] + " expected a positive rate, got '" + cell + "'", line);
            }
            rates.add(new EuroRate(date, columns[i], value));
        }
        return Parsed.ok(rates);
    }

    static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s, LONG_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** ECB files never quote; split on commas and trim the space the daily layout puts after each. */
    static String[] split(String line) {
        return split(line, ',');
    }

    static String[] split(String line, char delimiter) {
        String[] cells = line.split(Pattern.quote(String.valueOf(delimiter)), -1);
        for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
        return cells;
    }

    private Parsed<List<EuroRate>> reject(RejectCode code, String detail, String raw) {
        return code.because(detail).at(source, lineNo, raw);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
