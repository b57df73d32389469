package io.roundup.fx;

import io.roundup.csv.CsvLines;
import io.roundup.csv.Decimals;
import io.roundup.csv.DuplicateRows;
import io.roundup.csv.DuplicateRows.Row;
import io.roundup.csv.Header;
import io.roundup.csv.RejectCode;
import io.roundup.csv.Rejection;
import io.roundup.csv.TextFiles;
import io.roundup.domain.EuroRate;
import io.roundup.domain.Parsed;
import io.roundup.domain.RowReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads any FX file of the {@code fx/} folder, the layout told from the header line (never from the
 * file name), one {@link Parsed} list of {@link PublishedRate}s per data line:
 * <ul>
 *   <li>{@link Layout#ECB_HISTORY} {@code Date,USD,JPY,...,} and {@link Layout#ECB_DAILY}
 *       {@code Date, USD, JPY, ..., } with {@code 13 April 2026}: read by {@link EcbHistoryReader}
 *       (quotes per 1 EUR, source {@code ECB});</li>
 *   <li>{@link Layout#ECB_SDMX}: the ECB data portal's long CSV {@code KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,
 *       EXR_SUFFIX,TIME_PERIOD,OBS_VALUE,...} (any extra attribute columns, rows in any order); one quote
 *       per line, {@code OBS_VALUE} units of CURRENCY per 1 CURRENCY_DENOM; FREQ/CURRENCY/CURRENCY_DENOM/EXR_TYPE
 *       taken from the {@code KEY} ({@code EXR.D.USD.EUR.SP00.A}) when their columns are absent. Only daily
 *       ({@code D}) spot reference rates ({@code SP00}) are used: other rows are rejected as
 *       {@code not_daily} / {@code not_reference_rate}. Source {@code ECB};</li>
 *   <li>{@link Layout#FRED}: {@code observation_date,DEXHKUS} (also {@code DATE,DEXHKUS}); blank, {@code .}
 *       or {@code NA} is a day without a rate (an empty list, not a reject); the series id gives pair
 *       and direction ({@link FredSeries}). Source {@code FRED <series>}.</li>
 * </ul>
 * Shapes: UTF-8 with or without BOM, LF or CRLF, blank lines, a trailing delimiter, a missing final
 * newline; {@code ;} as delimiter with decimal commas.
 *
 * <p>Rejects (physical 1-based line, header = 1): those of {@link EcbHistoryReader}; {@code bad_header},
 * {@code truncated} / {@code bad_field_count}, {@code bad_date}, {@code bad_number} (unreadable or not
 * positive), {@code unknown_currency}, {@code not_daily}, {@code not_reference_rate}; {@code future_date}
 * (after the run date, when one is given); {@code duplicate_row} (a line repeating an earlier line, or
 * the same rates for the same day again: first kept); {@code conflicting_duplicate} (two lines give
 * different rates for the same day and pair: all of them rejected, none kept, the lines and the
 * differing rate named). The duplicate checks need the whole file, so <b>the file is buffered</b> on the
 * first call to {@link #next()} (the full ECB history is 7,000 lines, a long SDMX export a few hundred
 * thousand small rows); rows are then handed out in file order.
 */
public final class FxFileReader implements RowReader<List<PublishedRate>> {

    public enum Layout { ECB_HISTORY, ECB_DAILY, ECB_SDMX, FRED }

    private final BufferedReader in;
    private final String source;
    private final LocalDate runDate;
    private Layout layout;
    private Iterator<Parsed<List<PublishedRate>>> buffered;

    public FxFileReader(Reader reader, String sourceName) {
        this(reader, sourceName, null);
    }

    /** @param runDate rates dated after this day are rejected as {@code future_date}; null disables the check */
    public FxFileReader(Reader reader, String sourceName, LocalDate runDate) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        this.source = sourceName;
        this.runDate = runDate;
    }

    /** Opens a file (UTF-8, stray bytes replaced, see {@link TextFiles}); the reject source is the file name. */
    public static FxFileReader open(Path file, LocalDate runDate) throws IOException {
        return new FxFileReader(TextFiles.open(file), file.getFileName().toString(), runDate);
    }

    /** The layout recognised, null before the first {@link #next()} or when the header was not recognised. */
    public Layout layout() {
        return layout;
    }

    @Override
    public Parsed<List<PublishedRate>> next() throws IOException {
        if (buffered == null) {
            buffered = new DuplicateRows<List<PublishedRate>>(source, FxFileReader::difference,
                    RejectCode.DUPLICATE_ROW, (first, line) -> "same rates as line " + line + " (first kept)",
                    first -> first.get(0).date() + " has different rates").check(readAll()).iterator();
        }
        return buffered.hasNext() ? buffered.next() : null;
    }

    private List<Row<List<PublishedRate>>> readAll() throws IOException {
        List<Row<List<PublishedRate>>> rows = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        long lineNo = 0;
        String header;
        while (true) {
            header = in.readLine();
            if (header == null) return rows;
            lineNo++;
            if (lineNo == 1 && header.startsWith("\uFEFF")) header = header.substring(1);
            if (!header.isBlank()) break;
            prefix.append('\n');
        }
        char delimiter = CsvLines.detectDelimiter(header);
        List<String> h = CsvLines.split(header, delimiter);
        if (h == null) {
            rows.add(bad(lineNo, header, Header.NOT_CSV));
            return rows;
        }
        int n = CsvLines.effectiveSize(h, 1);
        List<String> names = new ArrayList<>();
        for (String s : h.subList(0, n)) names.add(s.strip().toUpperCase(Locale.ROOT));
        if (names.get(0).equals("DATE") && !(n == 2 && FredSeries.of(names.get(1)).isPresent())) {
            layout = header.contains(", ") ? Layout.ECB_DAILY : Layout.ECB_HISTORY;
            prefix.append(header).append('\n');
            readEcb(new BufferedReader(new Concat(new StringReader(prefix.toString()), in)), rows);
        } else if (names.contains("TIME_PERIOD") && names.contains("OBS_VALUE")) {
            layout = Layout.ECB_SDMX;
            readSdmx(h.subList(0, n), names, delimiter, lineNo, rows);
        } else if (n == 2 && (names.get(0).equals("OBSERVATION_DATE") || names.get(0).equals("DATE"))) {
            Optional<FredSeries.Pair> pair = FredSeries.of(names.get(1));
            if (pair.isEmpty()) {
                rows.add(bad(lineNo, header, RejectCode.BAD_HEADER.because("FRED series '" + h.get(1)
                        + "' is not a known daily exchange-rate series (DEXxxUS or DEXUSxx, e.g. DEXHKUS, DEXUSEU)")));
                return rows;
            }
            layout = Layout.FRED;
            readFred(pair.get(), h.get(1), delimiter, lineNo, rows);
        } else {
            rows.add(bad(lineNo, header, RejectCode.BAD_HEADER.because("expected an ECB (Date,USD,JPY,...), ECB SDMX"
                    + " (KEY,FREQ,CURRENCY,...,TIME_PERIOD,OBS_VALUE) or FRED (observation_date,DEXHKUS) header, got '" + header + "'")));
        }
        return rows;
    }

    private void readEcb(BufferedReader replay, List<Row<List<PublishedRate>>> rows) throws IOException {
        try (EcbHistoryReader ecb = new EcbHistoryReader(replay, source)) {
            for (Parsed<List<EuroRate>> p; (p = ecb.next()) != null; ) {
                long line = ecb.lineNo();
                String raw = ecb.lastRaw();
                if (!p.isOk()) {
                    rows.add(new Row<>(line, raw, Parsed.rejected(p.reject()), null));
                    continue;
                }
                List<PublishedRate> quotes = p.value().stream().map(PublishedRate::ecb).toList();
                String key = quotes.isEmpty() ? null : quotes.get(0).date().toString();
                rows.add(row(line, raw, key, quotes));
            }
        }
    }

    /** @param names the header's cells, upper case: the columns are found by these names */
    private void readSdmx(List<String> cells, List<String> names, char delimiter, long lineNo, List<Row<List<PublishedRate>>> rows)
            throws IOException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) columns.putIfAbsent(names.get(i), i);
        Header col = Header.of(cells, columns);
        boolean decimalComma = delimiter != ',';
        readLines(delimiter, lineNo, rows, (line, raw, f) -> {
            Rejection misfit = col.misfit(f);
            if (misfit != null) return bad(line, raw, misfit);
            String[] key = col.has("KEY") ? f.get(col.column("KEY")).split("\\.") : new String[0];
            String freq = cell(f, col, "FREQ", key, 1);
            String cur = cell(f, col, "CURRENCY", key, 2);
            String denom = cell(f, col, "CURRENCY_DENOM", key, 3);
            String type = cell(f, col, "EXR_TYPE", key, 4);
            if (freq != null && !freq.equalsIgnoreCase("D")) {
                return bad(line, raw, RejectCode.NOT_DAILY.because("column FREQ expected 'D' (daily), got '" + freq + "'"));
            }
            if (type != null && !type.equalsIgnoreCase("SP00")) {
                return bad(line, raw, RejectCode.NOT_REFERENCE_RATE.because("column EXR_TYPE expected 'SP00' (spot reference rate), got '"
                        + type + "'"));
            }
            Currency c = currency(cur), d = currency(denom == null ? "EUR" : denom);
            if (c == null || d == null) {
                return bad(line, raw, RejectCode.UNKNOWN_CURRENCY.because("columns CURRENCY/CURRENCY_DENOM expected ISO 4217 codes, got '"
                        + cur + "'/'" + denom + "'"));
            }
            String dateCell = f.get(col.column("TIME_PERIOD"));
            LocalDate date = isoDate(dateCell);
            if (date == null) {
                return bad(line, raw, RejectCode.BAD_DATE.because("column TIME_PERIOD expected yyyy-MM-dd, got '" + dateCell + "'"));
            }
            String v = f.get(col.column("OBS_VALUE"));
            if (missing(v)) return row(line, raw, null, List.of());
            BigDecimal value = Decimals.parse(v, decimalComma);
            if (value == null || value.signum() <= 0) {
                return bad(line, raw, RejectCode.BAD_NUMBER.because("column OBS_VALUE expected a positive decimal, got '" + v + "'"));
            }
            return row(line, raw, date + "|" + c + "|" + d, List.of(new PublishedRate(date, d, c, value, PublishedRate.ECB)));
        });
    }

    private static String cell(List<String> f, Header col, String name, String[] key, int keyPart) {
        int i = col.column(name);
        if (i >= 0 && !f.get(i).isEmpty()) return f.get(i);
        return key.length > keyPart && !key[keyPart].isEmpty() ? key[keyPart] : null;
    }

    private void readFred(FredSeries.Pair pair, String column, char delimiter, long lineNo, List<Row<List<PublishedRate>>> rows) throws IOException {
        String src = PublishedRate.FRED + " " + pair.id();
        readLines(delimiter, lineNo, rows, (line, raw, f) -> {
            int n = CsvLines.effectiveSize(f, 2);
            if (n != 2) {
                return bad(line, raw, (n < 2 ? RejectCode.TRUNCATED : RejectCode.BAD_FIELD_COUNT)
                        .because("expected 2 fields (observation_date," + column + "), got " + n));
            }
            LocalDate date = isoDate(f.get(0));
            if (date == null) {
                return bad(line, raw, RejectCode.BAD_DATE.because("column observation_date expected yyyy-MM-dd, got '" + f.get(0) + "'"));
            }
            String v = f.get(1);
            if (missing(v)) return row(line, raw, null, List.of());
            BigDecimal value = Decimals.parse(v, delimiter != ',');
            if (value == null || value.signum() <= 0) {
                return bad(line, raw, RejectCode.BAD_NUMBER.because("column " + column + " expected a positive decimal, got '" + v + "'"));
            }
            return row(line, raw, date.toString(), List.of(new PublishedRate(date, pair.base(), pair.quote(), value, src)));
        });
    }

    /** Turns one non-blank data line, split into fields, into a row. */
    private interface LineParser {
        Row<List<PublishedRate>> parse(long line, String raw, List<String> f);
    }

    /** The lines after the header: blank ones skipped but counted, an unterminated quote is malformed_csv. */
    private void readLines(char delimiter, long lineNo, List<Row<List<PublishedRate>>> rows, LineParser parser) throws IOException {
        for (String raw; (raw = in.readLine()) != null; ) {
            lineNo++;
            if (raw.isBlank()) continue;
            List<String> f = CsvLines.split(raw, delimiter);
            rows.add(f == null ? bad(lineNo, raw, RejectCode.MALFORMED_CSV.because("unterminated quote")) : parser.parse(lineNo, raw, f));
        }
    }

    /** An accepted line, or a future_date reject when it is dated after the run date. */
    private Row<List<PublishedRate>> row(long line, String raw, String key, List<PublishedRate> quotes) {
        if (runDate != null && !quotes.isEmpty() && quotes.get(0).date().isAfter(runDate)) {
            return bad(line, raw, RejectCode.FUTURE_DATE.because(quotes.get(0).date() + " expected on or before run date " + runDate));
        }
        return new Row<>(line, raw, Parsed.ok(quotes), key);
    }

    private Row<List<PublishedRate>> bad(long line, String raw, Rejection why) {
        return new Row<>(line, raw, why.at(source, line, raw), null);
    }

    private static boolean missing(String v) {
        String t = v.strip();
        return t.isEmpty() || t.equals(".") || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("N/A")
                || t.equalsIgnoreCase("#N/A") || t.equalsIgnoreCase("NaN");
    }

    private static LocalDate isoDate(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Currency currency(String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) return null;
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first pair whose rate differs between two lines of the same day, as "USD 1.1675 vs 1.17"; null when equal. */
    private static String difference(List<PublishedRate> a, List<PublishedRate> b) {
        Map<String, BigDecimal> x = new LinkedHashMap<>(), y = new LinkedHashMap<>();
        for (PublishedRate q : a) x.put(pairName(q), q.rate());
        for (PublishedRate q : b) y.put(pairName(q), q.rate());
        for (Map.Entry<String, BigDecimal> e : x.entrySet()) {
            BigDecimal o = y.get(e.getKey());
            if (o == null) return e.getKey() + " " + e.getValue().toPlainString() + " vs missing";
            if (o.compareTo(e.getValue()) != 0) return e.getKey() + " " + e.getValue().toPlainString() + " vs " + o.toPlainString();
        }
        for (String k : y.keySet()) if (!x.containsKey(k)) return k + " missing vs " + y.get(k).toPlainString();
        return null;
    }

    private static String pairName(PublishedRate q) {
        return q.base().equals(PublishedRate.EUR) ? q.quote().getCurrencyCode() : q.quote().getCurrencyCode() + "/" + q.base().getCurrencyCode();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Two readers one after the other (the header line already read, then the rest of the file). */
    private static final class Concat extends Reader {
        private final Reader first, second;
        private boolean onSecond;

        Concat(Reader first, Reader second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (!onSecond) {
                int n = first.read(buf, off, len);
                if (n > 0) return n;
                onSecond = true;
            }
            return second.read(buf, off, len);
        }

        @Override
        public void close() throws IOException {
            first.close();
            second.close();
        }
    }
}
