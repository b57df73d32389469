package io.roundup.market;

import io.roundup.csv.ColumnNames;
import io.roundup.csv.CsvLines;
import io.roundup.csv.Decimals;
import io.roundup.csv.DuplicateRows.Row;
import io.roundup.csv.Header;
import io.roundup.csv.RejectCode;
import io.roundup.csv.Rejection;
import io.roundup.csv.TextFiles;
import io.roundup.domain.Parsed;
import io.roundup.domain.PriceBar;
import io.roundup.domain.RowReader;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a daily price history CSV into {@link PriceBar}s, one {@link Parsed} per data line.
 *
 * <p>The layout comes from the header; columns are found by name, in any order:
 * <ul>
 *   <li>Yahoo classic {@code Date,Open,High,Low,Close,Adj Close,Volume} (ISO dates; {@code null} rows);</li>
 *   <li>Stooq {@code Date,Open,High,Low,Close,Volume} (also with Polish names
 *       {@code Data,Otwarcie,Najwyzszy,Najnizszy,Zamkniecie,Wolumen});</li>
 *   <li>Stooq bulk {@code <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,...} with {@code yyyyMMdd} dates and the
 *       ticker in a column ({@code NVDA.US} gives {@code NVDA}); rows whose PER is not {@code D} are rejected;</li>
 *   <li>Nasdaq {@code Date,Close/Last,Volume,Open,High,Low} with {@code $} prices and {@code MM/DD/YYYY}
 *       dates, and its re-export {@code TradeDate,ClosePrice,Volume,OpenPrice,HighPrice,LowPrice};</li>
 *   <li>yfinance {@code history()} {@code Date,Open,...,Dividends,Stock Splits} whose dates carry a time and
 *       UTC offset ({@code 2020-01-02 00:00:00+08:00}: the exchange-local calendar date is kept);</li>
 *   <li>yfinance {@code download()} with its three header lines ({@code Price,...} / {@code Ticker,...} /
 *       {@code Date,,,}), the ticker taken from the second one.</li>
 * </ul>
 * Slash dates are month-first in the Nasdaq layout and day-first elsewhere (Yahoo files re-saved by a
 * non-US Excel); a slash date that does not fit is rejected, not guessed.
 *
 * <p>The ticker comes from a ticker column when there is one, otherwise from the file name:
 * {@code NVDA.csv} gives {@code NVDA}, {@code 0700.HK.csv} gives {@code 0700.HK}, Stooq's
 * {@code nvda_us_d.csv} / {@code nvda.us.txt} give {@code NVDA}, Nasdaq's {@code HistoricalData_NVDA.csv}
 * gives {@code NVDA}. A {@code .US} suffix is dropped; other exchange suffixes are kept.
 *
 * <p>Rejects, each with the physical 1-based line (header = line 1), a reason code and the raw line:
 * {@code malformed_csv}, {@code truncated} / {@code bad_field_count} (field count differs from the
 * header), {@code duplicate_row} (identical text to an earlier line; the first is kept),
 * {@code null_row} (Yahoo placeholder), {@code not_daily}, {@code missing_ticker}, {@code bad_date},
 * {@code bad_number}, {@code negative_price}, {@code zero_price}, {@code negative_volume},
 * {@code high_below_low}, {@code open_outside_range}, {@code close_outside_range}, {@code future_date}
 * (only with a run date), {@code conflicting_duplicate} (see below), {@code stale_bar} (open, high, low and a non-zero volume identical to the
 * previous accepted bar: a row copied forward by hand, as at the end of Stooq's {@code nvda_us_d.csv};
 * zero-volume flat bars of closed days are not affected). Range checks allow a relative tolerance of 1e-9 for binary-float
 * vendors; zero-volume flat bars are valid. An unrecognised header gives one {@code bad_header}
 * reject for line 1 and ends the file.
 *
 * <p>Shapes: UTF-8 with or without BOM, LF or CRLF, blank lines (skipped, still counted), a trailing
 * delimiter, a missing final newline, a truncated last line ({@code truncated} or {@code malformed_csv}),
 * {@code ,} or {@code ;} (or tab) as delimiter, told from the header line; with {@code ;} or tab the
 * numbers may carry a decimal comma ({@code 129,22}, {@code 1.234,5}, see {@link Decimals}); quoted
 * thousands separators ({@code "1,234.50"}) in comma files. A Stooq file saved without its header line
 * (first line already data: {@code 2000-01-24,0.088,...}) is read as {@code Date,Open,High,Low,Close[,Volume]}
 * (5 or 6 fields), {@code Date,Open,High,Low,Close,Adj Close,Volume} (7 fields, Yahoo order) or, with 10
 * fields and a period in field 2, as the Stooq bulk layout.
 *
 * <p>Duplicates: a line whose text repeats an earlier line is {@code duplicate_row} (the first is kept);
 * a second bar for the same ticker and day with the same values is {@code duplicate_row} too; bars for
 * the same ticker and day with <em>different</em> values are all rejected as {@code conflicting_duplicate}
 * (none is kept: we cannot tell which is right), the reason naming the lines and the first differing
 * field. Because a later line can void an earlier one, <b>each file is buffered</b>: the first call to
 * {@link #next()} reads and checks the whole file, then rows are handed out in file order. Daily files
 * hold a few thousand rows (the largest real file, 6,729 rows, takes a few MB), so this departs from
 * the constant-memory note of {@link RowReader} on purpose.
 */
public final class PriceCsvReader implements RowReader<PriceBar> {

    enum Layout { YAHOO, STOOQ, STOOQ_BULK, NASDAQ, YFINANCE_HISTORY, YFINANCE_DOWNLOAD }

    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    private static final ColumnNames COLUMNS = ColumnNames.normalisedBy(PriceCsvReader::normaliseHeader)
            .column("date", "date", "tradedate", "data", "datetime", "timestamp", "price")
            .column("open", "open", "openprice", "otwarcie")
            .column("high", "high", "highprice", "najwyzszy")
            .column("low", "low", "lowprice", "najnizszy")
            .column("close", "close", "closeprice", "close/last", "zamkniecie")
            .column("adjclose", "adjclose", "adjustedclose", "adjclose/last")
            .column("volume", "volume", "vol", "wolumen")
            .column("ticker", "ticker", "symbol")
            .column("per", "per")
            .required("Date, Open, High, Low, Close (Yahoo, Stooq, Nasdaq or yfinance layout)", "date", "open", "high", "low", "close")
            .repeats(ColumnNames.Repeats.REJECTED);

    private final CsvLines lines;
    private final String fileName;
    private final LocalDate runDate;
    private String fileTicker;

    private boolean headerDone;
    private boolean finished;
    private boolean pending;
    private Layout layout;
    private Header header;
    private boolean decimalComma;
    private boolean headerless;
    private Iterator<Parsed<PriceBar>> buffered;

    public PriceCsvReader(Reader reader, String fileName) {
        this(reader, fileName, null);
    }

    /** @param runDate bars dated after this day are rejected as {@code future_date}; null disables the check */
    public PriceCsvReader(Reader reader, String fileName, LocalDate runDate) {
        this.lines = new CsvLines(reader, fileName);
        this.fileName = fileName;
        this.runDate = runDate;
        this.fileTicker = PriceTickers.fromFileName(fileName);
    }

    /** Opens a file (UTF-8, stray bytes replaced, see {@link TextFiles}); ticker and rejects from the file name. */
    public static PriceCsvReader open(Path file, LocalDate runDate) throws IOException {
        return new PriceCsvReader(TextFiles.open(file), file.getFileName().toString(), runDate);
    }

    @Override
    public Parsed<PriceBar> next() throws IOException {
        if (buffered == null) {
            List<Row<PriceBar>> rows = new ArrayList<>();
            Parsed<PriceBar> bad = null;
            if (!headerDone) bad = readHeader();
            if (bad != null) {
                buffered = List.of(bad).iterator();
                return buffered.next();
            }
            while (!finished) {
                if (pending) {
                    pending = false;
                } else if (!lines.advance()) {
                    finished = true;
                    break;
                }
                rows.add(row(parse()));
            }
            buffered = PriceDuplicates.check(fileName, header, rows).iterator();
        }
        return buffered.hasNext() ? buffered.next() : null;
    }

    /** The current line; bars of the same ticker and day are compared in the second pass. */
    private Row<PriceBar> row(Parsed<PriceBar> p) {
        return lines.row(p, p.isOk() ? p.value().ticker() + "|" + p.value().date() : null);
    }

    /** The layout recognised from the header, null before the first call to {@link #next()}. */
    Layout layout() {
        return layout;
    }

    private Parsed<PriceBar> readHeader() throws IOException {
        headerDone = true;
        if (!lines.advance()) {
            finished = true;
            return null;
        }
        List<String> h = lines.headerCells();
        decimalComma = lines.decimalComma();
        if (h == null) {
            finished = true;
            return lines.reject(Header.NOT_CSV);
        }
        if (headerlessLayout(h)) return null;
        header = COLUMNS.bind(h);
        if (header.problem() != null) {
            finished = true;
            return lines.reject(header.problem());
        }
        String first = normaliseHeader(h.get(0));
        Set<String> names = new HashSet<>();
        for (String s : h) names.add(normaliseHeader(s));
        if (first.equals("price")) {
            layout = Layout.YFINANCE_DOWNLOAD;
            readDownloadSubHeaders();
        } else if (header.has("per") || (h.get(0).startsWith("<") && header.has("ticker"))) {
            layout = Layout.STOOQ_BULK;
        } else if (names.contains("close/last") || names.contains("closeprice")) {
            layout = Layout.NASDAQ;
        } else if (header.has("adjclose")) {
            layout = Layout.YAHOO;
        } else if (names.contains("dividends") || names.contains("stocksplits")) {
            layout = Layout.YFINANCE_HISTORY;
        } else {
            layout = Layout.STOOQ;
        }
        return null;
    }

    /** yfinance download(): after {@code Price,...} come {@code Ticker,X,X,...} and {@code Date,,,,}. */
    private void readDownloadSubHeaders() throws IOException {
        while (lines.advance()) {
            List<String> f = lines.fields();
            String first = f == null || f.isEmpty() ? "" : normaliseHeader(f.get(0));
            if (first.equals("ticker")) {
                for (int i = 1; i < f.size(); i++) {
                    if (!f.get(i).isEmpty()) {
                        fileTicker = PriceTickers.normalise(f.get(i));
                        break;
                    }
                }
            } else if (!first.equals("date")) {
                pending = true;
                return;
            }
        }
        finished = true;
    }

    /** Column indexes by role, resolved once per file from the header; -1 where the file has none. */
    private int[] at;
    private static final String[] ROLES = {"date", "open", "high", "low", "close", "adjclose", "volume", "ticker", "per"};
    private static final int DATE = 0, ADJ = 5, VOLUME = 6, TICKER = 7, PER = 8;

    private Parsed<PriceBar> parse() {
        List<String> f = lines.fields();
        Rejection misfit = header.misfit(f);
        if (misfit != null) return lines.reject(misfit);
        if (at == null) {
            at = new int[ROLES.length];
            for (int r = 0; r < ROLES.length; r++) at[r] = header.column(ROLES[r]);
        }
        for (int r = DATE; r <= VOLUME; r++) {
            if (at[r] >= 0 && f.get(at[r]).equalsIgnoreCase("null")) {
                return reject(RejectCode.NULL_ROW, "column " + header.name(ROLES[r]) + " is 'null' (vendor placeholder for a day without data)");
            }
        }
        String ticker = fileTicker;
        if (at[TICKER] >= 0) ticker = PriceTickers.normalise(f.get(at[TICKER]));
        if (ticker == null || ticker.isEmpty()) {
            return reject(RejectCode.MISSING_TICKER, "no ticker column value and none in file name '" + fileName + "'");
        }
        if (at[PER] >= 0) {
            String per = f.get(at[PER]);
            if (!per.equalsIgnoreCase("D")) {
                return reject(RejectCode.NOT_DAILY, "column " + header.name("per") + " expected 'D' (daily), got '" + per + "'");
            }
        }
        String dateCell = f.get(at[DATE]);
        LocalDate date = PriceDates.parse(dateCell, layout == Layout.NASDAQ);
        if (date == null) {
            return reject(RejectCode.BAD_DATE, "column " + header.name("date") + " expected " + expectedDate() + ", got '" + dateCell + "'");
        }
        BigDecimal[] v = new BigDecimal[4];
        String[] keys = {"open", "high", "low", "close"};
        for (int k = 0; k < 4; k++) {
            String cell = f.get(at[k + 1]);
            v[k] = number(cell);
            if (v[k] == null) return reject(RejectCode.BAD_NUMBER,
                    "column " + header.name(keys[k]) + " expected a decimal price, got '" + cell + "'");
        }
        BigDecimal adj = null;
        if (at[ADJ] >= 0 && !f.get(at[ADJ]).isEmpty()) {
            String cell = f.get(at[ADJ]);
            adj = number(cell);
            if (adj == null) return reject(RejectCode.BAD_NUMBER,
                    "column " + header.name("adjclose") + " expected a decimal price, got '" + cell + "'");
        }
        BigDecimal vol = null;
        if (at[VOLUME] >= 0 && !f.get(at[VOLUME]).isEmpty()) {
            String cell = f.get(at[VOLUME]);
            vol = number(cell);
            if (vol == null) return reject(RejectCode.BAD_NUMBER,
                    "column " + header.name("volume") + " expected a decimal volume, got '" + cell + "'");
        }
        for (int k = 0; k < 4; k++) {
            if (v[k].signum() < 0) return reject(RejectCode.NEGATIVE_PRICE,
                    "column " + header.name(keys[k]) + " expected >= 0, got " + v[k].toPlainString());
        }
        if (adj != null && adj.signum() < 0) return reject(RejectCode.NEGATIVE_PRICE,
                "column " + header.name("adjclose") + " expected >= 0, got " + adj.toPlainString());
        if (vol != null && vol.signum() < 0) return reject(RejectCode.NEGATIVE_VOLUME,
                "column " + header.name("volume") + " expected >= 0, got " + vol.toPlainString());
        for (int k = 0; k < 4; k++) {
            if (v[k].signum() == 0) return reject(RejectCode.ZERO_PRICE, "column " + header.name(keys[k]) + " expected a positive price, got 0");
        }
        BigDecimal open = v[0], high = v[1], low = v[2], close = v[3];
        BigDecimal eps = high.abs().multiply(TOLERANCE);
        if (high.compareTo(low.subtract(eps)) < 0) {
            return reject(RejectCode.HIGH_BELOW_LOW, header.name("high") + " " + high.toPlainString() + " expected >= "
                    + header.name("low") + " " + low.toPlainString());
        }
        if (outside(open, low, high, eps)) {
            return reject(RejectCode.OPEN_OUTSIDE_RANGE, header.name("open") + " " + open.toPlainString() + " expected within ["
                    + low.toPlainString() + ", " + high.toPlainString() + "]");
        }
        if (outside(close, low, high, eps)) {
            return reject(RejectCode.CLOSE_OUTSIDE_RANGE, header.name("close") + " " + close.toPlainString() + " expected within ["
                    + low.toPlainString() + ", " + high.toPlainString() + "]");
        }
        if (runDate != null && date.isAfter(runDate)) {
            return reject(RejectCode.FUTURE_DATE, "column " + header.name("date") + " " + date + " expected on or before run date " + runDate);
        }
        return Parsed.ok(new PriceBar(ticker, date, open, high, low, close, adj, vol));
    }

    private static boolean outside(BigDecimal x, BigDecimal low, BigDecimal high, BigDecimal eps) {
        return x.compareTo(low.subtract(eps)) < 0 || x.compareTo(high.add(eps)) > 0;
    }

    private String expectedDate() {
        return switch (layout) {
            case STOOQ_BULK -> "yyyyMMdd";
            case NASDAQ -> "MM/DD/YYYY or yyyy-MM-dd";
            default -> "yyyy-MM-dd (optionally with time and offset) or DD/MM/YYYY";
        };
    }

    /** A cell as a number: optional {@code $}, thousands separators, a decimal comma in {@code ;} files. */
    private BigDecimal number(String s) {
        String t = s.strip();
        boolean neg = t.startsWith("-");
        if (neg) t = t.substring(1).strip();
        if (t.startsWith("$")) t = t.substring(1).strip();
        if (t.startsWith("-") || t.startsWith("+")) return null;
        BigDecimal d = Decimals.parse(t, decimalComma);
        return d == null ? null : neg ? d.negate() : d;
    }

    private static final List<String> HEADERLESS_5 = List.of("date", "open", "high", "low", "close");
    private static final List<String> HEADERLESS_6 = List.of("date", "open", "high", "low", "close", "volume");
    private static final List<String> HEADERLESS_7 = List.of("date", "open", "high", "low", "close", "adjclose", "volume");
    private static final List<String> HEADERLESS_BULK = List.of("ticker", "per", "date", "time", "open", "high", "low", "close", "volume", "openint");
    private static final Map<String, String> DISPLAY = Map.of("date", "Date", "open", "Open", "high", "High", "low", "Low",
            "close", "Close", "adjclose", "Adj Close", "volume", "Volume", "ticker", "Ticker", "per", "Per");

    /**
     * When the first line is already data (a Stooq file saved without its header), sets up the columns
     * by field count and returns true; the line is then parsed as the first data line.
     */
    private boolean headerlessLayout(List<String> h) {
        int n = CsvLines.effectiveSize(h, 1);
        List<String> names = null;
        Layout l = Layout.STOOQ;
        if (n >= 5 && n <= 7 && PriceDates.looksLikeDate(h.get(0)) && allNumbers(h.subList(1, n))) {
            names = n == 5 ? HEADERLESS_5 : n == 6 ? HEADERLESS_6 : HEADERLESS_7;
            if (n == 7) l = Layout.YAHOO;
        } else if (n == 10 && h.get(1).matches("(?i)[DWMQY]") && PriceDates.isBasic(h.get(2))
                && allNumbers(h.subList(4, n))) {
            names = HEADERLESS_BULK;
            l = Layout.STOOQ_BULK;
        }
        if (names == null) return false;
        headerless = true;
        layout = l;
        header = Header.implied(names, DISPLAY);
        pending = true;
        return true;
    }

    private boolean allNumbers(List<String> cells) {
        for (String c : cells) if (number(c) == null && !c.equalsIgnoreCase("null")) return false;
        return true;
    }

    /** True when the file had no header line (first line was data). */
    boolean headerless() {
        return headerless;
    }

    static String normaliseHeader(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
        return s.replace(" ", "").replace("_", "").replace("*", "");
    }

    private Parsed<PriceBar> reject(RejectCode code, String detail) {
        return lines.reject(code.because(detail));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
