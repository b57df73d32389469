package io.roundup.market;

import io.roundup.domain.Listing;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.domain.RowReader;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads IPO / listing records: header {@code company,exchange,ticker,listing_date,offer_price,currency,shares,proceeds}
 * (names case-insensitive, any order; {@code shares} and {@code proceeds} columns optional and cells
 * may be empty). One {@link Parsed} per data line.
 *
 * <ul>
 *   <li>ticker: the bare exchange code, exchange prefix/suffix and leading zeros removed
 *       ({@code 02513}, {@code 2513.HK}, {@code HK.02513}, {@code HKEX:2513} → {@code 2513}; {@code NVDA} stays);</li>
 *   <li>exchange: normalised to {@code HKEX, Nasdaq, NYSE, NYSE American, SSE, SZSE, BSE, LSE, TSE, KRX,
 *       SGX, ASX, TSX, TWSE, Euronext, Xetra}; anything else is rejected ({@code unknown_exchange});</li>
 *   <li>currency: an ISO 4217 code or a symbol ({@code HK$}, {@code US$}, {@code $} = USD, {@code RMB}/{@code CN¥} = CNY,
 *       {@code €}, {@code £}, ...); a bare {@code ¥} is CNY on SSE/SZSE/BSE and JPY on TSE, else rejected;
 *       anything unknown is rejected ({@code unknown_currency});</li>
 *   <li>listing_date: ISO {@code yyyy-MM-dd}; offer_price: a positive decimal, optionally prefixed by a
 *       currency symbol that agrees with the currency column ({@code HK$116.20}); shares: a positive whole
 *       number; proceeds: a decimal ≥ 0; thousands separators ({@code 1,234,567}) are accepted.</li>
 *   <li>a second row for the same exchange and ticker is rejected ({@code duplicate_listing}; first kept).</li>
 * </ul>
 * Other rejects: {@code malformed_csv}, {@code truncated} / {@code bad_field_count}, {@code missing_field},
 * {@code bad_ticker}, {@code bad_date}, {@code bad_number}. A header lacking a required column gives one
 * {@code bad_header} reject for line 1 and ends the file.
 */
public final class ListingCsvReader implements RowReader<Listing> {

    private static final List<String> REQUIRED = List.of("company", "exchange", "ticker", "listing_date", "offer_price", "currency");
    private static final List<String> OPTIONAL = List.of("shares", "proceeds");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([,\u00A0\u202F ]\\d{3})+(\\.\\d*)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
    private static final Set<String> EXCHANGE_TAGS = Set.of("HK", "HKEX", "HKG", "SEHK", "SS", "SH", "SHA", "SSE",
            "SZ", "SHE", "SZSE", "BJ", "US", "N", "O", "OQ", "NASDAQ", "NYSE", "L", "LSE", "T", "TYO", "KS", "KQ", "SI",
            "AX", "TO", "TW", "DE", "PA", "AS");
    private static final Pattern LEADING_SYMBOL = Pattern.compile("([^\\d.\\s-]+)\\s*(\\d.*)");
    private static final Pattern TICKER = Pattern.compile("[A-Z0-9]+([.\\-/][A-Z])?");

    private static final Map<String, String> EXCHANGES = new HashMap<>();
    private static final Map<String, String> CURRENCY_SYMBOLS = new HashMap<>();

    static {
        exchange("HKEX", "hkex", "hkse", "sehk", "hk", "hkg", "hong kong", "hong kong stock exchange", "hong kong exchange",
                "hong kong exchanges", "hong kong exchanges and clearing", "main board of the hong kong stock exchange");
        exchange("Nasdaq", "nasdaq", "nasdaq gs", "nasdaqgs", "nasdaq gm", "nasdaqgm", "nasdaq cm", "nasdaqcm",
                "nasdaq global select", "nasdaq global select market", "nasdaq global market", "nasdaq capital market",
                "nasdaq stock market");
        exchange("NYSE", "nyse", "new york stock exchange", "nyse big board");
        exchange("NYSE American", "nyse american", "nyse mkt", "amex", "american stock exchange");
        exchange("SSE", "sse", "shanghai", "shanghai stock exchange", "star", "star market", "sse star market", "sh");
        exchange("SZSE", "szse", "shenzhen", "shenzhen stock exchange", "chinext", "sz");
        exchange("BSE", "bse", "beijing stock exchange");
        exchange("LSE", "lse", "london", "london stock exchange");
        exchange("TSE", "tse", "tokyo", "tokyo stock exchange", "jpx");
        exchange("KRX", "krx", "kospi", "kosdaq", "korea exchange");
        exchange("SGX", "sgx", "singapore exchange");
        exchange("ASX", "asx", "australian securities exchange");
        exchange("TSX", "tsx", "toronto stock exchange");
        exchange("TWSE", "twse", "taiwan stock exchange");
        exchange("Euronext", "euronext", "euronext paris", "euronext amsterdam");
        exchange("Xetra", "xetra", "frankfurt", "frankfurt stock exchange", "fwb");

        CURRENCY_SYMBOLS.put("HK$", "HKD");
        CURRENCY_SYMBOLS.put("US$", "USD");
        CURRENCY_SYMBOLS.put("$", "USD");
        CURRENCY_SYMBOLS.put("USD$", "USD");
        CURRENCY_SYMBOLS.put("RMB", "CNY");
        CURRENCY_SYMBOLS.put("CN¥", "CNY");
        CURRENCY_SYMBOLS.put("CNH", "CNY");
        CURRENCY_SYMBOLS.put("YUAN", "CNY");
        CURRENCY_SYMBOLS.put("元", "CNY");
        CURRENCY_SYMBOLS.put("人民币", "CNY");
        CURRENCY_SYMBOLS.put("港元", "HKD");
        CURRENCY_SYMBOLS.put("港币", "HKD");
        CURRENCY_SYMBOLS.put("美元", "USD");
        CURRENCY_SYMBOLS.put("JP¥", "JPY");
        CURRENCY_SYMBOLS.put("€", "EUR");
        CURRENCY_SYMBOLS.put("£", "GBP");
        CURRENCY_SYMBOLS.put("S$", "SGD");
        CURRENCY_SYMBOLS.put("NT$", "TWD");
        CURRENCY_SYMBOLS.put("A$", "AUD");
        CURRENCY_SYMBOLS.put("C$", "CAD");
        CURRENCY_SYMBOLS.put("₩", "KRW");
        CURRENCY_SYMBOLS.put("₹", "INR");
    }

    private static void exchange(String canonical, String... names) {
        for (String n : names) EXCHANGES.put(n, canonical);
    }

    private final CsvLines lines;
    private final String fileName;
    private boolean headerDone;
    private boolean finished;
    private int fieldCount;
    private final Map<String, Integer> col = new HashMap<>();
    private final Map<String, Long> seen = new HashMap<>();

    public ListingCsvReader(Reader reader, String fileName) {
        this.lines = new CsvLines(reader);
        this.fileName = fileName;
    }

    @Override
    public Parsed<Listing> next() throws IOException {
        if (finished) return null;
        if (!headerDone) {
            Parsed<Listing> bad = readHeader();
            if (bad != null || finished) return bad;
        }
        if (!lines.advance()) {
            finished = true;
            return null;
        }
        return parse();
    }

    private Parsed<Listing> readHeader() throws IOException {
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
            String key = h.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (REQUIRED.contains(key) || OPTIONAL.contains(key)) {
                if (col.putIfAbsent(key, i) != null) {
                    finished = true;
                    return reject("bad_header: column '" + key + "' appears twice");
                }
            }
        }
        for (String need : REQUIRED) {
            if (!col.containsKey(need)) {
                finished = true;
                return reject("bad_header: expected columns " + String.join(",", REQUIRED) + "[,shares,proceeds], no '"
                        + need + "' column in " + h.subList(0, n));
            }
        }
        return null;
    }

    private Parsed<Listing> parse() {
        List<String> f = lines.fields();
        if (f == null) return reject("malformed_csv: unterminated quote");
        int n = f.size();
        while (n > fieldCount && f.get(n - 1).isEmpty()) n--;
        if (n != fieldCount) {
            return reject((n < fieldCount ? "truncated" : "bad_field_count") + ": expected " + fieldCount
                    + " fields as in the header, got " + n);
        }
        for (String need : REQUIRED) {
            if (f.get(col.get(need)).isEmpty()) return reject("missing_field: column " + need + " expected a value, got ''");
        }
        String company = f.get(col.get("company"));

        String exchangeCell = f.get(col.get("exchange"));
        String exchange = normaliseExchange(exchangeCell);
        if (exchange == null) {
            return reject("unknown_exchange: column exchange expected one of HKEX, Nasdaq, NYSE, SSE, SZSE, ..., got '" + exchangeCell + "'");
        }
        String tickerCell = f.get(col.get("ticker"));
        String ticker = normaliseTicker(tickerCell);
        if (ticker == null) {
            return reject("bad_ticker: column ticker expected an exchange code such as 02513, 2513.HK or NVDA, got '" + tickerCell + "'");
        }
        String dateCell = f.get(col.get("listing_date"));
        LocalDate date;
        try {
            date = LocalDate.parse(dateCell);
        } catch (DateTimeParseException e) {
            return reject("bad_date: column listing_date expected yyyy-MM-dd, got '" + dateCell + "'");
        }
        String currencyCell = f.get(col.get("currency"));
        Currency currency = parseCurrency(currencyCell, exchange);
        if (currency == null) {
            return reject("unknown_currency: column currency expected an ISO 4217 code or a symbol such as HK$, US$, RMB, €, got '"
                    + currencyCell + "'");
        }
        String priceCell = f.get(col.get("offer_price"));
        String priceText = priceCell;
        Matcher sym = LEADING_SYMBOL.matcher(priceCell);
        if (sym.matches()) {
            Currency stated = parseCurrency(sym.group(1), exchange);
            if (!currency.equals(stated)) {
                return reject("bad_number: column offer_price has currency prefix '" + sym.group(1) + "' but column currency says "
                        + currency.getCurrencyCode() + ", expected a plain decimal, got '" + priceCell + "'");
            }
            priceText = sym.group(2);
        }
        BigDecimal price = parseNumber(priceText);
        if (price == null || price.signum() <= 0) {
            return reject("bad_number: column offer_price expected a positive decimal, got '" + priceCell + "'");
        }
        Long shares = null;
        if (col.containsKey("shares") && !f.get(col.get("shares")).isEmpty()) {
            String cell = f.get(col.get("shares"));
            BigDecimal s = parseNumber(cell);
            if (s == null || s.signum() <= 0 || s.stripTrailingZeros().scale() > 0 || s.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                return reject("bad_number: column shares expected a positive whole number, got '" + cell + "'");
            }
            shares = s.longValueExact();
        }
        BigDecimal proceeds = null;
        if (col.containsKey("proceeds") && !f.get(col.get("proceeds")).isEmpty()) {
            String cell = f.get(col.get("proceeds"));
            proceeds = parseNumber(cell);
            if (proceeds == null || proceeds.signum() < 0) {
                return reject("bad_number: column proceeds expected a decimal >= 0, got '" + cell + "'");
            }
        }
        Long first = seen.putIfAbsent(exchange + "|" + ticker, lines.lineNo());
        if (first != null) {
            return reject("duplicate_listing: " + exchange + " " + ticker + " already listed on line " + first + " (first kept)");
        }
        return Parsed.ok(new Listing(company, exchange, ticker, date, price, currency, shares, proceeds));
    }

    /** Canonical exchange name, or null when unknown. */
    static String normaliseExchange(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
        return EXCHANGES.get(k);
    }

    /**
     * The bare exchange code: {@code 02513}, {@code 2513.HK}, {@code HK.02513}, {@code HKEX:02513} → {@code 2513};
     * {@code NVDA}, {@code nvda.us} → {@code NVDA}; share-class suffixes such as {@code BRK.B} are kept. Null when
     * nothing usable is left.
     */
    static String normaliseTicker(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        int colon = t.indexOf(':');
        if (colon >= 0) {
            if (!EXCHANGE_TAGS.contains(t.substring(0, colon))) return null;
            t = t.substring(colon + 1);
        }
        int dot = t.indexOf('.');
        if (dot > 0 && EXCHANGE_TAGS.contains(t.substring(0, dot))) {
            t = t.substring(dot + 1);
        } else {
            int last = t.lastIndexOf('.');
            if (last > 0 && EXCHANGE_TAGS.contains(t.substring(last + 1))) t = t.substring(0, last);
        }
        if (t.isEmpty() || !TICKER.matcher(t).matches()) return null;
        if (t.chars().allMatch(Character::isDigit)) {
            t = t.replaceFirst("^0+(?=\\d)", "");
        }
        return t;
    }

    static Currency parseCurrency(String s, String exchange) {
        String t = s.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        String mapped = CURRENCY_SYMBOLS.get(upper);
        if (mapped == null && (t.equals("¥") || t.equals("￥"))) {
            if (Set.of("SSE", "SZSE", "BSE").contains(exchange)) mapped = "CNY";
            else if ("TSE".equals(exchange)) mapped = "JPY";
            else return null;
        }
        if (mapped != null) return Currency.getInstance(mapped);
        if (!upper.matches("[A-Z]{3}")) return null;
        try {
            Currency c = Currency.getInstance(upper);
            // XAU, XTS, XXX and friends are ISO codes but never an offer currency
            return upper.startsWith("X") ? null : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Decimal with optional thousands separators (comma, space, no-break space); null if unreadable. */
    static BigDecimal parseNumber(String s) {
        String t = s.strip();
        boolean neg = t.startsWith("-");
        if (neg) t = t.substring(1).strip();
        Matcher m = THOUSANDS.matcher(t);
        if (m.matches()) t = t.replaceAll("[,\u00A0\u202F ]", "");
        else if (!PLAIN.matcher(t).matches()) return null;
        BigDecimal d = new BigDecimal(t);
        return neg ? d.negate() : d;
    }

    private Parsed<Listing> reject(String reason) {
        return Parsed.rejected(new Reject(fileName, lines.lineNo(), reason, lines.raw()));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
