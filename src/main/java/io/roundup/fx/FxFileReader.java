package io.roundup.fx;

import io.roundup.domain.FxRate;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.domain.RowReader;
import io.roundup.market.CsvLines;
import io.roundup.market.Decimals;
import io.roundup.market.TextFiles;

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
 * file name), one {@link Parsed} list of {@link FxQuote}s per data line:
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
public final class FxFileReader implements RowReader<List<FxQuote>> {

    public enum Layout { ECB_HISTORY, ECB_DAILY, ECB_SDMX, FRED }

    private final BufferedReader in;
    private final String source;
    private final LocalDate runDate;
    private Layout layout;
    private Iterator<Parsed<List<FxQuote>>> buffered;

    private record Row(long line, String raw, String key, Parsed<List<FxQuote>> parsed) {
    }

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
    public Parsed<List<FxQuote>> next() throws IOException {
        if (buffered == null) buffered = checkDuplicates(readAll()).iterator();
        return buffered.hasNext() ? buffered.next() : null;
    }

    private List<Row> readAll() throws IOException {
        List<Row> rows = new ArrayList<>();
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
            rows.add(new Row(lineNo, header, null, reject(lineNo, "bad_header: header is not valid CSV (unterminated quote)", header)));
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
            readSdmx(names, delimiter, lineNo, rows);
        } else if (n == 2 && (names.get(0).equals("OBSERVATION_DATE") || names.get(0).equals("DATE"))) {
            Optional<FredSeries.Pair> pair = FredSeries.of(names.get(1));
            if (pair.isEmpty()) {
                rows.add(new Row(lineNo, header, null, reject(lineNo, "bad_header: FRED series '" + h.get(1)
                        + "' is not a known daily exchange-rate series (DEXxxUS or DEXUSxx, e.g. DEXHKUS, DEXUSEU)", header)));
                return rows;
            }
            layout = Layout.FRED;
            readFred(pair.get(), h.get(1), delimiter, lineNo, rows);
        } else {
            rows.add(new Row(lineNo, header, null, reject(lineNo, "bad_header: expected an ECB (Date,USD,JPY,...), ECB SDMX"
                    + " (KEY,FREQ,CURRENCY,...,TIME_PERIOD,OBS_VALUE) or FRED (observation_date,DEXHKUS) header, got '" + header + "'", header)));
        }
        return rows;
    }

    private void readEcb(BufferedReader replay, List<Row> rows) throws IOException {
        try (EcbHistoryReader ecb = new EcbHistoryReader(replay, source)) {
            for (Parsed<List<FxRate>> p; (p = ecb.next()) != null; ) {
                long line = ecb.lineNo();
                String raw = ecb.lastRaw();
                if (!p.isOk()) {
                    rows.add(new Row(line, raw, null, Parsed.rejected(p.reject())));
                    continue;
                }
                List<FxQuote> quotes = p.value().stream().map(FxQuote::ecb).toList();
                String key = quotes.isEmpty() ? null : quotes.get(0).date().toString();
                rows.add(row(line, raw, key, quotes));
            }
        }
    }

    private void readSdmx(List<String> names, char delimiter, long lineNo, List<Row> rows) throws IOException {
        int fieldCount = names.size();
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < names.size(); i++) col.putIfAbsent(names.get(i), i);
        boolean decimalComma = delimiter != ',';
        for (String raw; (raw = in.readLine()) != null; ) {
            lineNo++;
            if (raw.isBlank()) continue;
            List<String> f = CsvLines.split(raw, delimiter);
            if (f == null) {
                rows.add(new Row(lineNo, raw, null, reject(lineNo, "malformed_csv: unterminated quote", raw)));
                continue;
            }
            int n = CsvLines.effectiveSize(f, fieldCount);
            if (n != fieldCount) {
                rows.add(new Row(lineNo, raw, null, reject(lineNo, (n < fieldCount ? "truncated" : "bad_field_count")
                        + ": expected " + fieldCount + " fields as in the header, got " + n, raw)));
                continue;
            }
            String[] key = col.containsKey("KEY") ? f.get(col.get("KEY")).split("\\.") : new String[0];
            String freq = cell(f, col, "FREQ", key, 1);
            String cur = cell(f, col, "CURRENCY", key, 2);
            String denom = cell(f, col, "CURRENCY_DENOM", key, 3);
            String type = cell(f, col, "EXR_TYPE", key, 4);
            if (freq != null && !freq.equalsIgnoreCase("D")) {
                rows.add(new Row(lineNo, raw, null, reject(lineNo, "not_daily: column FREQ expected 'D' (daily), got '" + freq + "'", raw)));
                continue;
            }
            if (type != null && !type.equalsIgnoreCase("SP00")) {
                rows.add(new Row(lineNo, raw, null, reject(lineNo, "not_reference_rate: column EXR_TYPE expected 'SP00' (spot reference rate), got '"
                        + type + "'", raw)));
                continue;
            }
            Currency c = currency(cur), d = currency(denom == null ? "EUR" : denom);
            if (c == null || d == null) {
                rows.add(new Row(lineNo, raw, null, reject(lineNo, "unknown_currency: columns CURRENCY/CURRENCY_DENOM expected ISO 4217 codes, got '"
                        + cur + "'/'" + denom + "'", raw)));
                continue;
            }
            String dateCell = f.get(col.get("TIME_PERIOD"));
            LocalDate date = isoDate(dateCell);
            if (date == null) {
                rows.add(new Row(lineNo, raw, null, reject(lineNo, "bad_date: column TIME_PERIOD expected yyyy-MM-dd, got '" + dateCell + "'", raw)));
                continue;
            }
            String v = f.get(col.get("OBS_VALUE"));
            if (missing(v)) {
                rows.add(row(lineNo, raw, null, List.of()));
                continue;
            }
            BigDecimal value = Decimals.parse(v, decimalComma);
            if (value == null || value.signum() <= 0) {
                rows.add(new Row(lineNo, raw, null, reject(lineNo, "bad_number: column OBS_VALUE expected a positive decimal, got '" + v + "'", raw)));
                continue;
            }
            rows.add(row(lineNo, raw, date + "|" + c + "|" + d, List.of(new FxQuote(date, d, c, value, FxQuote.ECB))));
        }
    }

    private static String cell(List<String> f, Map<String, Integer> col, String name, String[] key, int keyPart) {
        Integer i = col.get(name);
        if (i != null && !f.get(i).isEmpty()) return f.get(i);
        return key.length > keyPart && !key[keyPart].isEmpty() ? key[keyPart] : null;
    }

    private void readFred(FredSeries.Pair pair, String column, char delimiter, long lineNo, List<Row> rows) throws IOException {
        String src = FxQuote.FRED + " " + pair.id();
        for (String raw; (raw = in.readLine()) != null; ) {
            lineNo++;
            if (raw.isBlank()) continue;
            List<String> f = CsvLines.split(raw, delimiter);
            if (f == null) {
                rows.add(new Row(lineNo, raw, null, reject(lineNo, "malformed_csv: unterminated quote", raw)));
                continue;
            }
            int n = CsvLines.effectiveSize(f, 2);
            if (n != 2) {
                rows.add(new Row(lineNo, raw, null, reject(lineNo, (n < 2 ? "truncated" : "bad_field_count")
                        + ": expected 2 fields (observation_date," + column + "), got " + n, raw)));
                continue;
            }
            LocalDate date = isoDate(f.get(0));
            if (date == null) {
                rows.add(new Row(lineNo, raw, null, reject(lineNo, "bad_date: column observation_date expected yyyy-MM-dd, got '" + f.get(0) + "'", raw)));
                continue;
            }
            String v = f.get(1);
            if (missing(v)) {
                rows.add(row(lineNo, raw, null, List.of()));
                continue;
            }
            BigDecimal value = Decimals.parse(v, delimiter != ',');
            if (value == null || value.signum() <= 0) {
                rows.add(new Row(lineNo, raw, null, reject(lineNo, "bad_number: column " + column + " expected a positive decimal, got '" + v + "'", raw)));
                continue;
            }
            rows.add(row(lineNo, raw, date.toString(), List.of(new FxQuote(date, pair.base(), pair.quote(), value, src))));
        }
    }

    /** An accepted line, or a future_date reject when it is dated after the run date. */
    private Row row(long line, String raw, String key, List<FxQuote> quotes) {
        if (runDate != null && !quotes.isEmpty() && quotes.get(0).date().isAfter(runDate)) {
            return new Row(line, raw, null, reject(line, "future_date: " + quotes.get(0).date()
                    + " expected on or before run date " + runDate, raw));
        }
        return new Row(line, raw, key, Parsed.ok(quotes));
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

    private static Currency currency(String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) return null;
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<Parsed<List<FxQuote>>> checkDuplicates(List<Row> rows) {
        List<Parsed<List<FxQuote>>> out = new ArrayList<>(rows.size());
        Map<String, Long> seenRaw = new HashMap<>();
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean header = !r.parsed().isOk() && r.parsed().reject().reason().startsWith("bad_header");
            Long earlier = header || r.raw() == null ? null : seenRaw.putIfAbsent(r.raw().strip(), r.line());
            if (earlier != null) {
                out.add(reject(r.line(), "duplicate_row: identical to line " + earlier + " (first kept)", r.raw()));
                continue;
            }
            out.add(r.parsed());
            if (r.parsed().isOk() && r.key() != null) byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> same : byKey.values()) {
            if (same.size() < 2) continue;
            Row first = rows.get(same.get(0));
            String difference = null;
            Row other = null;
            for (int j : same.subList(1, same.size())) {
                difference = difference(first.parsed().value(), rows.get(j).parsed().value());
                if (difference != null) {
                    other = rows.get(j);
                    break;
                }
            }
            if (difference == null) {
                for (int j : same.subList(1, same.size())) {
                    out.set(j, reject(rows.get(j).line(), "duplicate_row: same rates as line " + first.line() + " (first kept)", rows.get(j).raw()));
                }
            } else {
                String reason = "conflicting_duplicate: " + first.parsed().value().get(0).date() + " has different rates on lines "
                        + String.join(", ", same.stream().map(j -> String.valueOf(rows.get(j).line())).toList())
                        + " (" + difference + " on lines " + first.line() + " and " + other.line() + "); none kept";
                for (int j : same) out.set(j, reject(rows.get(j).line(), reason, rows.get(j).raw()));
            }
        }
        return out;
    }

    /** The first pair whose rate differs between two lines of the same day, as "USD 1.1675 vs 1.17"; null when equal. */
    private static String difference(List<FxQuote> a, List<FxQuote> b) {
        Map<String, BigDecimal> x = new LinkedHashMap<>(), y = new LinkedHashMap<>();
        for (FxQuote q : a) x.put(pairName(q), q.rate());
        for (FxQuote q : b) y.put(pairName(q), q.rate());
        for (Map.Entry<String, BigDecimal> e : x.entrySet()) {
            BigDecimal o = y.get(e.getKey());
            if (o == null) return e.getKey() + " " + e.getValue().toPlainString() + " vs missing";
            if (o.compareTo(e.getValue()) != 0) return e.getKey() + " " + e.getValue().toPlainString() + " vs " + o.toPlainString();
        }
        for (String k : y.keySet()) if (!x.containsKey(k)) return k + " missing vs " + y.get(k).toPlainString();
        return null;
    }

    private static String pairName(FxQuote q) {
        return q.base().equals(FxQuote.EUR) ? q.quote().getCurrencyCode() : q.quote().getCurrencyCode() + "/" + q.base().getCurrencyCode();
    }

    private Parsed<List<FxQuote>> reject(long line, String reason, String raw) {
        return Parsed.rejected(new Reject(source, line, reason, raw));
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
