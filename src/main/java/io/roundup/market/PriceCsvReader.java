package io.roundup.market;

import io.roundup.domain.Parsed;
import io.roundup.domain.PriceBar;
import io.roundup.domain.Reject;
import io.roundup.domain.RowReader;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * (only with a run date), {@code duplicate_date} (a second, different bar for the same ticker and
 * day; the first is kept), {@code stale_bar} (open, high, low and a non-zero volume identical to the
 * previous accepted bar: a row copied forward by hand, as at the end of Stooq's {@code nvda_us_d.csv};
 * zero-volume flat bars of closed days are not affected). Range checks allow a relative tolerance of 1e-9 for binary-float
 * vendors; zero-volume flat bars are valid. An unrecognised header gives one {@code bad_header}
 * reject for line 1 and ends the file.
 *
 * <p>Memory grows with the number of distinct lines (for the duplicate checks), not with their content
 * beyond that; daily files of a few thousand rows are the target.
 */
public final class PriceCsvReader implements RowReader<PriceBar> {

    enum Layout { YAHOO, STOOQ, STOOQ_BULK, NASDAQ, YFINANCE_HISTORY, YFINANCE_DOWNLOAD }

    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");
    private static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern BASIC_DATE = Pattern.compile("\\d{8}");
    private static final Pattern SLASH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    private static final Map<String, String> COLUMN_NAMES = new HashMap<>();

    static {
        alias("date", "date", "tradedate", "data", "datetime", "timestamp", "price");
        alias("open", "open", "openprice", "otwarcie");
        alias("high", "high", "highprice", "najwyzszy");
        alias("low", "low", "lowprice", "najnizszy");
        alias("close", "close", "closeprice", "close/last", "zamkniecie");
        alias("adjclose", "adjclose", "adjustedclose", "adjclose/last");
        alias("volume", "volume", "vol", "wolumen");
        alias("ticker", "ticker", "symbol");
        alias("per", "per");
    }

    private static void alias(String key, String... names) {
        for (String n : names) COLUMN_NAMES.put(n, key);
    }

    private final CsvLines lines;
    private final String fileName;
    private final LocalDate runDate;
    private String fileTicker;

    private boolean headerDone;
    private boolean finished;
    private boolean pending;
    private Layout layout;
    private int fieldCount;
    private final Map<String, Integer> col = new HashMap<>();
    private final Map<String, String> display = new HashMap<>();
    private final Map<String, Long> seenRaw = new HashMap<>();
    private final Map<String, Long> seenKey = new HashMap<>();
    private PriceBar previous;
    private long previousLine;

    public PriceCsvReader(Reader reader, String fileName) {
        this(reader, fileName, null);
    }

    /** @param runDate bars dated after this day are rejected as {@code future_date}; null disables the check */
    public PriceCsvReader(Reader reader, String fileName, LocalDate runDate) {
        this.lines = new CsvLines(reader);
        this.fileName = fileName;
        this.runDate = runDate;
        this.fileTicker = tickerFromFileName(fileName);
    }

    @Override
    public Parsed<PriceBar> next() throws IOException {
        if (finished) return null;
        if (!headerDone) {
            Parsed<PriceBar> bad = readHeader();
            if (bad != null || finished) return bad;
        }
        if (pending) {
            pending = false;
            return parse();
        }
        if (!lines.advance()) {
            finished = true;
            return null;
        }
        return parse();
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
        List<String> h = lines.fields();
        if (h == null) {
            finished = true;
            return reject("bad_header: header is not valid CSV (unterminated quote)");
        }
        int n = h.size();
        while (n > 1 && h.get(n - 1).isEmpty()) n--;
        fieldCount = n;
        for (int i = 0; i < n; i++) {
            String name = h.get(i);
            String key = COLUMN_NAMES.get(normaliseHeader(name));
            if (key == null) continue;
            if (col.containsKey(key)) {
                finished = true;
                return reject("bad_header: column '" + name + "' repeats column '" + display.get(key) + "'");
            }
            col.put(key, i);
            display.put(key, name);
        }
        for (String need : List.of("date", "open", "high", "low", "close")) {
            if (!col.containsKey(need)) {
                finished = true;
                return reject("bad_header: expected columns Date, Open, High, Low, Close (Yahoo, Stooq, Nasdaq or"
                        + " yfinance layout), no '" + need + "' column in " + h.subList(0, n));
            }
        }
        String first = normaliseHeader(h.get(0));
        Set<String> names = new HashSet<>();
        for (String s : h) names.add(normaliseHeader(s));
        if (first.equals("price")) {
            layout = Layout.YFINANCE_DOWNLOAD;
            readDownloadSubHeaders();
        } else if (col.containsKey("per") || (h.get(0).startsWith("<") && col.containsKey("ticker"))) {
            layout = Layout.STOOQ_BULK;
        } else if (names.contains("close/last") || names.contains("closeprice")) {
            layout = Layout.NASDAQ;
        } else if (col.containsKey("adjclose")) {
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
                        fileTicker = normaliseTicker(f.get(i));
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

    private Parsed<PriceBar> parse() {
        String raw = lines.raw();
        List<String> f = lines.fields();
        if (f == null) return reject("malformed_csv: unterminated quote");
        int n = f.size();
        while (n > fieldCount && f.get(n - 1).isEmpty()) n--;
        if (n != fieldCount) {
            return reject((n < fieldCount ? "truncated" : "bad_field_count") + ": expected " + fieldCount
                    + " fields as in the header, got " + n);
        }
        Long earlier = seenRaw.putIfAbsent(raw.strip(), lines.lineNo());
        if (earlier != null) return reject("duplicate_row: identical to line " + earlier + " (first kept)");

        for (String k : List.of("date", "open", "high", "low", "close", "adjclose", "volume")) {
            Integer i = col.get(k);
            if (i != null && f.get(i).equalsIgnoreCase("null")) {
                return reject("null_row: column " + display.get(k) + " is 'null' (vendor placeholder for a day without data)");
            }
        }
        String ticker = fileTicker;
        if (col.containsKey("ticker")) ticker = normaliseTicker(f.get(col.get("ticker")));
        if (ticker == null || ticker.isEmpty()) {
            return reject("missing_ticker: no ticker column value and none in file name '" + fileName + "'");
        }
        if (col.containsKey("per")) {
            String per = f.get(col.get("per"));
            if (!per.equalsIgnoreCase("D")) {
                return reject("not_daily: column " + display.get("per") + " expected 'D' (daily), got '" + per + "'");
            }
        }
        String dateCell = f.get(col.get("date"));
        LocalDate date = parseDate(dateCell);
        if (date == null) {
            return reject("bad_date: column " + display.get("date") + " expected " + expectedDate() + ", got '" + dateCell + "'");
        }
        BigDecimal[] v = new BigDecimal[4];
        String[] keys = {"open", "high", "low", "close"};
        for (int k = 0; k < 4; k++) {
            String cell = f.get(col.get(keys[k]));
            v[k] = parseNumber(cell);
            if (v[k] == null) return reject("bad_number: column " + display.get(keys[k]) + " expected a decimal price, got '" + cell + "'");
        }
        BigDecimal adj = null;
        if (col.containsKey("adjclose") && !f.get(col.get("adjclose")).isEmpty()) {
            String cell = f.get(col.get("adjclose"));
            adj = parseNumber(cell);
            if (adj == null) return reject("bad_number: column " + display.get("adjclose") + " expected a decimal price, got '" + cell + "'");
        }
        BigDecimal vol = null;
        if (col.containsKey("volume") && !f.get(col.get("volume")).isEmpty()) {
            String cell = f.get(col.get("volume"));
            vol = parseNumber(cell);
            if (vol == null) return reject("bad_number: column " + display.get("volume") + " expected a decimal volume, got '" + cell + "'");
        }
        for (int k = 0; k < 4; k++) {
            if (v[k].signum() < 0) return reject("negative_price: column " + display.get(keys[k]) + " expected >= 0, got " + v[k].toPlainString());
        }
        if (adj != null && adj.signum() < 0) return reject("negative_price: column " + display.get("adjclose") + " expected >= 0, got " + adj.toPlainString());
        if (vol != null && vol.signum() < 0) return reject("negative_volume: column " + display.get("volume") + " expected >= 0, got " + vol.toPlainString());
        for (int k = 0; k < 4; k++) {
            if (v[k].signum() == 0) return reject("zero_price: column " + display.get(keys[k]) + " expected a positive price, got 0");
        }
        BigDecimal open = v[0], high = v[1], low = v[2], close = v[3];
        BigDecimal eps = high.abs().multiply(TOLERANCE);
        if (high.compareTo(low.subtract(eps)) < 0) {
            return reject("high_below_low: " + display.get("high") + " " + high.toPlainString() + " expected >= "
                    + display.get("low") + " " + low.toPlainString());
        }
        if (outside(open, low, high, eps)) {
            return reject("open_outside_range: " + display.get("open") + " " + open.toPlainString() + " expected within ["
                    + low.toPlainString() + ", " + high.toPlainString() + "]");
        }
        if (outside(close, low, high, eps)) {
            return reject("close_outside_range: " + display.get("close") + " " + close.toPlainString() + " expected within ["
                    + low.toPlainString() + ", " + high.toPlainString() + "]");
        }
        if (runDate != null && date.isAfter(runDate)) {
            return reject("future_date: column " + display.get("date") + " " + date + " expected on or before run date " + runDate);
        }
        Long sameDay = seenKey.putIfAbsent(ticker + "|" + date, lines.lineNo());
        if (sameDay != null) {
            return reject("duplicate_date: " + ticker + " " + date + " already has a bar on line " + sameDay + " (first kept)");
        }
        PriceBar bar = new PriceBar(ticker, date, open, high, low, close, adj, vol);
        if (previous != null && repeats(previous, bar)) {
            return reject("stale_bar: Open/High/Low/Volume identical to the bar of " + previous.date() + " on line "
                    + previousLine + " (copied-forward row; expected a fresh bar with traded volume)");
        }
        previous = bar;
        previousLine = lines.lineNo();
        return Parsed.ok(bar);
    }

    /** Same ticker, same open/high/low and the same non-zero volume as the last accepted bar. */
    private static boolean repeats(PriceBar a, PriceBar b) {
        return a.ticker().equals(b.ticker()) && b.volume() != null && a.volume() != null && b.volume().signum() > 0
                && a.volume().compareTo(b.volume()) == 0 && a.open().compareTo(b.open()) == 0
                && a.high().compareTo(b.high()) == 0 && a.low().compareTo(b.low()) == 0;
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

    LocalDate parseDate(String s) {
        try {
            Matcher m = ISO_DATE.matcher(s);
            if (m.matches()) return LocalDate.parse(m.group(1));
            if (BASIC_DATE.matcher(s).matches()) return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
            if (SLASH_DATE.matcher(s).matches()) return LocalDate.parse(s, layout == Layout.NASDAQ ? MDY : DMY);
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** A decimal with an optional leading {@code $} and optional thousands commas; null if unreadable. */
    static BigDecimal parseNumber(String s) {
        String t = s.strip();
        boolean neg = false;
        if (t.startsWith("-")) {
            neg = true;
            t = t.substring(1);
        }
        if (t.startsWith("$")) t = t.substring(1);
        if (THOUSANDS.matcher(t).matches()) t = t.replace(",", "");
        if (t.isEmpty() || t.startsWith("-") || t.startsWith("+")) return null;
        try {
            BigDecimal d = new BigDecimal(t);
            return neg ? d.negate() : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String normaliseHeader(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
        return s.replace(" ", "").replace("_", "").replace("*", "");
    }

    /** Upper case; Stooq's {@code .US} suffix dropped so US tickers match Yahoo's bare form. */
    static String normaliseTicker(String t) {
        String s = t.strip().toUpperCase(Locale.ROOT);
        if (s.endsWith(".US")) s = s.substring(0, s.length() - 3);
        return s;
    }

    private static final Pattern STOOQ_NAME = Pattern.compile("(?i)(.+)_([a-z]{2})_([dwm])");
    private static final Pattern NASDAQ_NAME = Pattern.compile("(?i)HistoricalData_(.+)");

    /**
     * The ticker a file name implies: directories and the extension dropped, Stooq {@code nvda_us_d} and
     * Nasdaq {@code HistoricalData_NVDA} forms unpacked, a trailing vendor tag ({@code .stooq},
     * {@code .yahoo}, {@code .nasdaq}) dropped.
     */
    static String tickerFromFileName(String fileName) {
        if (fileName == null) return null;
        String s = fileName.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        s = s.replaceFirst("(?i)\\.(csv|txt)$", "");
        s = s.replaceFirst("(?i)\\.(stooq|yahoo|nasdaq|yfinance)$", "");
        Matcher m = STOOQ_NAME.matcher(s);
        if (m.matches()) s = m.group(1) + "." + m.group(2);
        m = NASDAQ_NAME.matcher(s);
        if (m.matches()) s = m.group(1);
        return s.isBlank() ? null : normaliseTicker(s);
    }

    private Parsed<PriceBar> reject(String reason) {
        return Parsed.rejected(new Reject(fileName, lines.lineNo(), reason, lines.raw()));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
