package io.roundup.market;

import io.roundup.csv.ColumnNames;
import io.roundup.csv.CsvLines;
import io.roundup.csv.CurrencySymbols;
import io.roundup.csv.Decimals;
import io.roundup.csv.DuplicateRows.Row;
import io.roundup.csv.Header;
import io.roundup.csv.RejectCode;
import io.roundup.csv.Rejection;
import io.roundup.csv.TextFiles;
import io.roundup.domain.Listing;
import io.roundup.domain.Parsed;
import io.roundup.domain.RowReader;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.DateTimeException;
import java.util.Currency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *       {@code €}, {@code £}, ..., see {@link CurrencySymbols}); a bare {@code ¥} is CNY on SSE/SZSE/BSE and JPY on TSE, else rejected;
 *       anything unknown is rejected ({@code unknown_currency});</li>
 *   <li>an empty currency cell is taken from the offer price's symbol ({@code HK$116.20});</li>
 *   <li>listing_date: ISO {@code yyyy-MM-dd}; offer_price: a positive decimal, optionally prefixed by a
 *       currency symbol that agrees with the currency column ({@code HK$116.20}); shares: a positive whole
 *       number; proceeds: a decimal ≥ 0; thousands separators ({@code 1,234,567}) are accepted.</li>
 *   <li>duplicates, per exchange and ticker (the table's key): a second row with the same listing date and
 *       the same figures is rejected ({@code duplicate_listing}; first kept); rows with the same date but
 *       different offer price, currency, shares or proceeds are all rejected ({@code conflicting_duplicate},
 *       none kept, the differing field named); when the code was used again later by another issue (US
 *       symbols are recycled, e.g. {@code ONE} in 2010 and 2018) the latest listing is kept and the older
 *       ones are rejected as {@code ticker_reused}. The whole file is buffered for this (listing files hold
 *       at most a few thousand rows).</li>
 * </ul>
 *
 * <p>Three layouts, told apart by the header (names case-insensitive, any order, {@code _} = space):
 * <ul>
 *   <li>the roundup layout above (aliases: {@code name}/{@code issuer} for company, {@code code}/{@code stock code}/
 *       {@code symbol} for ticker, {@code ipo_date}/{@code date} for listing_date, {@code price} for offer_price,
 *       {@code ccy} for currency);</li>
 *   <li>the IPOScoop table ({@code Trade Date,Issuer,Symbol,...,Offer Price,...}) of US IPOs: dates {@code M-D-YY}
 *       (two-digit years 00–69 are 20xx, 70–99 19xx), {@code $} prices, padded cells. The exchange is not in the
 *       file: it is recorded as {@code US} (NYSE, Nasdaq or NYSE American; the report's ticker keys treat
 *       {@code US} like those), currency USD, shares and proceeds unknown; a unit symbol with its warrant
 *       ({@code CAPN/CAPNW}) keeps the first symbol, an OTC suffix ({@code CAQCU.OB}) is dropped. The trade date is IPOScoop's, usually
 *       the first trading day but sometimes the pricing day (Baidu {@code 8-4-05}, first bar 2005-08-05);</li>
 *   <li>the HKEX offer-facts excerpt ({@code Stock Code,Company Name at time of listing,listing_date,...,base_bn,...,offer_price})
 *       of Hong Kong IPOs: exchange HKEX, currency HKD, proceeds = {@code base_bn} × 10⁹ (gross, before the
 *       over-allotment), shares unknown.</li>
 * </ul>
 * Shapes: BOM, CRLF, blank lines, trailing delimiter, missing final newline, {@code ;} or tab delimiter with
 * decimal commas ({@code 116,20}, {@code 4.348.145.900}).
 * Other rejects: {@code future_date} (after the run date, when one is given), {@code malformed_csv}, {@code truncated} / {@code bad_field_count}, {@code missing_field},
 * {@code bad_ticker}, {@code bad_date}, {@code bad_number}. A header lacking a required column gives one
 * {@code bad_header} reject for line 1 and ends the file.
 */
public final class ListingCsvReader implements RowReader<Listing> {

    private static final List<String> REQUIRED = List.of("company", "exchange", "ticker", "listing_date", "offer_price", "currency");
    private static final Pattern LEADING_SYMBOL = Pattern.compile("([^\\d.\\s-]+)\\s*(\\d.*)");

    /** The layouts recognised from the header. */
    enum Layout { ROUNDUP, IPOSCOOP, HKEX_EXCERPT }

    /** The roundup layout's columns: an alias behind the column's own name is ignored, the own name twice is a bad header. */
    private static final ColumnNames COLUMNS = ColumnNames.normalisedBy(ListingCsvReader::headerKey)
            .column("company", "company", "name", "company_name", "issuer")
            .column("exchange", "exchange")
            .column("ticker", "ticker", "code", "stock_code", "symbol")
            .column("listing_date", "listing_date", "ipo_date", "date")
            .column("offer_price", "offer_price", "price", "ipo_price")
            .column("currency", "currency", "ccy")
            .column("shares", "shares", "shares_outstanding")
            .column("proceeds", "proceeds", "gross_proceeds")
            .required(String.join(",", REQUIRED) + "[,shares,proceeds]", REQUIRED.toArray(String[]::new))
            .repeats(ColumnNames.Repeats.OWN_NAME_REJECTED);

    private static final Pattern MDY_DASH = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})[-/](\\d{2}|\\d{4})");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    private final CsvLines lines;
    private final String fileName;
    private final LocalDate runDate;
    private boolean finished;
    private Header header;
    private Layout layout;
    private boolean decimalComma;
    private Iterator<Parsed<Listing>> buffered;

    public ListingCsvReader(Reader reader, String fileName) {
        this(reader, fileName, null);
    }

    /** @param runDate listings dated after this day are rejected as {@code future_date}; null disables the check */
    public ListingCsvReader(Reader reader, String fileName, LocalDate runDate) {
        this.lines = new CsvLines(reader, fileName);
        this.fileName = fileName;
        this.runDate = runDate;
    }

    /** Opens a file (UTF-8, stray bytes replaced, see {@link TextFiles}); rejects carry the file name. */
    public static ListingCsvReader open(Path file, LocalDate runDate) throws IOException {
        return new ListingCsvReader(TextFiles.open(file), file.getFileName().toString(), runDate);
    }

    @Override
    public Parsed<Listing> next() throws IOException {
        if (buffered == null) {
            List<Row<Listing>> rows = new ArrayList<>();
            Parsed<Listing> bad = readHeader();
            if (bad != null) {
                buffered = List.of(bad).iterator();
                return buffered.next();
            }
            while (!finished && lines.advance()) rows.add(row(future(parse())));
            finished = true;
            buffered = ListingDuplicates.check(fileName, rows).iterator();
        }
        return buffered.hasNext() ? buffered.next() : null;
    }

    private Parsed<Listing> future(Parsed<Listing> p) {
        if (runDate == null || !p.isOk() || !p.value().listingDate().isAfter(runDate)) return p;
        return reject(RejectCode.FUTURE_DATE, "listing date " + p.value().listingDate() + " expected on or before run date " + runDate);
    }

    /** The layout recognised from the header, null before the first call to {@link #next()}. */
    Layout layout() {
        return layout;
    }

    /** The current line; listings of the same exchange, ticker and day are compared in the second pass. */
    private Row<Listing> row(Parsed<Listing> p) {
        String key = p.isOk() ? p.value().exchange() + "|" + p.value().ticker() + "|" + p.value().listingDate() : null;
        return lines.row(p, key);
    }

    /** Null when the header is usable (or the file empty), else its one bad_header reject, which ends the file. */
    private Parsed<Listing> readHeader() throws IOException {
        if (!lines.advance()) {
            finished = true;
            return null;
        }
        List<String> h = lines.headerCells();
        decimalComma = lines.decimalComma();
        Rejection bad = h == null ? Header.NOT_CSV : layout(h);
        if (bad == null) return null;
        finished = true;
        return lines.reject(bad);
    }

    /** Tells the layout from the header cells {@code h} and finds its columns; the bad_header rejection when it cannot. */
    private Rejection layout(List<String> h) {
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < h.size(); i++) names.putIfAbsent(headerKey(h.get(i)), i);
        Map<String, Integer> col = new HashMap<>();
        if (names.keySet().containsAll(List.of("trade_date", "issuer", "symbol", "offer_price"))) {
            layout = Layout.IPOSCOOP;
            col.put("listing_date", names.get("trade_date"));
            col.put("company", names.get("issuer"));
            col.put("ticker", names.get("symbol"));
            col.put("offer_price", names.get("offer_price"));
            header = Header.of(h, col);
            return null;
        }
        if (names.keySet().containsAll(List.of("stock_code", "listing_date", "offer_price", "base_bn"))) {
            layout = Layout.HKEX_EXCERPT;
            col.put("ticker", names.get("stock_code"));
            col.put("listing_date", names.get("listing_date"));
            col.put("offer_price", names.get("offer_price"));
            col.put("proceeds_bn", names.get("base_bn"));
            Integer company = names.get("company_name_at_time_of_listing");
            if (company == null) company = names.get("company_name");
            if (company == null) company = names.get("company");
            if (company == null) return RejectCode.BAD_HEADER.because("HKEX offer-facts layout without a company name column in " + h);
            col.put("company", company);
            header = Header.of(h, col);
            return null;
        }
        layout = Layout.ROUNDUP;
        header = COLUMNS.bind(h);
        return header.problem();
    }

    static String headerKey(String name) {
        String s = name.strip();
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "_");
    }

    private Parsed<Listing> parse() {
        List<String> f = lines.fields();
        Rejection misfit = header.misfit(f);
        if (misfit != null) return lines.reject(misfit);
        if (layout != Layout.ROUNDUP) {
            for (String need : List.of("company", "ticker", "listing_date", "offer_price")) {
                if (f.get(header.column(need)).isEmpty()) return reject(RejectCode.MISSING_FIELD,
                        "column " + display(need) + " expected a value, got ''");
            }
            return layout == Layout.IPOSCOOP ? parseIpoScoop(f) : parseHkExcerpt(f);
        }
        for (String need : REQUIRED) {
            if (need.equals("currency") && LEADING_SYMBOL.matcher(f.get(header.column("offer_price"))).matches()) continue;
            if (f.get(header.column(need)).isEmpty()) return reject(RejectCode.MISSING_FIELD, "column " + need + " expected a value, got ''");
        }
        String company = f.get(header.column("company"));

        String exchangeCell = f.get(header.column("exchange"));
        String exchange = Exchanges.canonical(exchangeCell);
        if (exchange == null) {
            return reject(RejectCode.UNKNOWN_EXCHANGE,
                    "column exchange expected one of HKEX, Nasdaq, NYSE, SSE, SZSE, ..., got '" + exchangeCell + "'");
        }
        String tickerCell = f.get(header.column("ticker"));
        String ticker = Exchanges.bareTicker(tickerCell);
        if (ticker == null) {
            return reject(RejectCode.BAD_TICKER, "column ticker expected an exchange code such as 02513, 2513.HK or NVDA, got '" + tickerCell + "'");
        }
        String dateCell = f.get(header.column("listing_date"));
        LocalDate date = isoDate(dateCell);
        if (date == null) return reject(RejectCode.BAD_DATE, "column listing_date expected yyyy-MM-dd, got '" + dateCell + "'");
        String currencyCell = f.get(header.column("currency"));
        Matcher priceSymbol = LEADING_SYMBOL.matcher(f.get(header.column("offer_price")));
        if (currencyCell.isEmpty() && priceSymbol.matches()) currencyCell = priceSymbol.group(1); // "HK$116.20", currency empty
        Currency currency = parseCurrency(currencyCell, exchange);
        if (currency == null) {
            return reject(RejectCode.UNKNOWN_CURRENCY, "column currency expected an ISO 4217 code or a symbol such as HK$, US$, RMB, €, got '"
                    + currencyCell + "'");
        }
        String priceCell = f.get(header.column("offer_price"));
        String priceText = priceCell;
        Matcher sym = LEADING_SYMBOL.matcher(priceCell);
        if (sym.matches()) {
            Currency stated = parseCurrency(sym.group(1), exchange);
            if (!currency.equals(stated)) {
                return reject(RejectCode.BAD_NUMBER, "column offer_price has currency prefix '" + sym.group(1) + "' but column currency says "
                        + currency.getCurrencyCode() + ", expected a plain decimal, got '" + priceCell + "'");
            }
            priceText = sym.group(2);
        }
        BigDecimal price = Decimals.parse(priceText, decimalComma);
        if (price == null || price.signum() <= 0) {
            return reject(RejectCode.BAD_NUMBER, "column offer_price expected a positive decimal, got '" + priceCell + "'");
        }
        Long shares = null;
        if (header.has("shares") && !f.get(header.column("shares")).isEmpty()) {
            String cell = f.get(header.column("shares"));
            BigDecimal s = Decimals.parse(cell, decimalComma);
            if (s == null || s.signum() <= 0 || s.stripTrailingZeros().scale() > 0 || s.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                return reject(RejectCode.BAD_NUMBER, "column shares expected a positive whole number, got '" + cell + "'");
            }
            shares = s.longValueExact();
        }
        BigDecimal proceeds = null;
        if (header.has("proceeds") && !f.get(header.column("proceeds")).isEmpty()) {
            String cell = f.get(header.column("proceeds"));
            String text = cell;
            Matcher ps = LEADING_SYMBOL.matcher(cell);
            if (ps.matches() && currency.equals(parseCurrency(ps.group(1), exchange))) text = ps.group(2);
            proceeds = Decimals.parse(text, decimalComma);
            if (proceeds == null || proceeds.signum() < 0) {
                return reject(RejectCode.BAD_NUMBER, "column proceeds expected a decimal >= 0, got '" + cell + "'");
            }
        }
        return Parsed.ok(new Listing(company, exchange, ticker, date, price, currency, shares, proceeds));
    }

    /** IPOScoop row, its required cells already checked. */
    private Parsed<Listing> parseIpoScoop(List<String> f) {
        String company = f.get(header.column("company"));
        String tickerCell = f.get(header.column("ticker"));
        // "CAPN/CAPNW" (share and warrant): the first symbol; "MPAQU/MPABU)" a stray parenthesis; "CAQCU.OB" OTC suffix
        String symbol = tickerCell.split("/")[0].replaceAll("[()]", "").replaceFirst("(?i)\\.(OB|PK)$", "");
        String ticker = Exchanges.bareTicker(symbol);
        if (ticker == null) return reject(RejectCode.BAD_TICKER, "column Symbol expected a US symbol such as BABA, got '" + tickerCell + "'");
        String dateCell = f.get(header.column("listing_date"));
        LocalDate date = parseMdy(dateCell);
        if (date == null) return reject(RejectCode.BAD_DATE, "column Trade Date expected M-D-YY, got '" + dateCell + "'");
        String priceCell = f.get(header.column("offer_price"));
        String t = priceCell.strip();
        if (t.startsWith("$")) t = t.substring(1).strip();
        BigDecimal price = Decimals.parse(t, decimalComma);
        if (price == null || price.signum() <= 0) {
            return reject(RejectCode.BAD_NUMBER, "column Offer Price expected a positive price such as $21.00, got '" + priceCell + "'");
        }
        return Parsed.ok(new Listing(company, "US", ticker, date, price, Currency.getInstance("USD"), null, null));
    }

    /** HKEX offer-facts row, its required cells already checked. */
    private Parsed<Listing> parseHkExcerpt(List<String> f) {
        String company = f.get(header.column("company"));
        String tickerCell = f.get(header.column("ticker"));
        String ticker = Exchanges.bareTicker(tickerCell);
        if (ticker == null) return reject(RejectCode.BAD_TICKER, "column Stock Code expected an HKEX code such as 2513.HK, got '" + tickerCell + "'");
        String dateCell = f.get(header.column("listing_date"));
        LocalDate date = isoDate(dateCell);
        if (date == null) return reject(RejectCode.BAD_DATE, "column listing_date expected yyyy-MM-dd, got '" + dateCell + "'");
        String priceCell = f.get(header.column("offer_price"));
        BigDecimal price = Decimals.parse(priceCell, decimalComma);
        if (price == null || price.signum() <= 0) return reject(RejectCode.BAD_NUMBER,
                "column offer_price expected a positive decimal, got '" + priceCell + "'");
        BigDecimal proceeds = null;
        String bn = f.get(header.column("proceeds_bn"));
        if (!bn.isEmpty()) {
            BigDecimal b = Decimals.parse(bn, decimalComma);
            if (b == null || b.signum() < 0) return reject(RejectCode.BAD_NUMBER,
                    "column base_bn expected a decimal >= 0 (HK$ bn), got '" + bn + "'");
            proceeds = b.multiply(BILLION).stripTrailingZeros();
            if (proceeds.scale() < 0) proceeds = proceeds.setScale(0);
        }
        return Parsed.ok(new Listing(company, "HKEX", ticker, date, price, Currency.getInstance("HKD"), null, proceeds));
    }

    private String display(String key) {
        if (layout == Layout.IPOSCOOP) {
            return switch (key) {
                case "company" -> "Issuer";
                case "ticker" -> "Symbol";
                case "listing_date" -> "Trade Date";
                case "offer_price" -> "Offer Price";
                default -> key;
            };
        }
        if (layout == Layout.HKEX_EXCERPT) {
            return switch (key) {
                case "company" -> "Company Name at time of listing";
                case "ticker" -> "Stock Code";
                default -> key;
            };
        }
        return key;
    }

    private static LocalDate isoDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code M-D-YY} or {@code M-D-YYYY} (also with slashes); two-digit years 00–69 are 20xx, 70–99 19xx. */
    static LocalDate parseMdy(String s) {
        Matcher m = MDY_DASH.matcher(s.strip());
        if (!m.matches()) return null;
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) year += year < 70 ? 2000 : 1900;
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The currency a cell names, a bare ¥ read by the listing's exchange. */
    static Currency parseCurrency(String s, String exchange) {
        return CurrencySymbols.resolve(s, CurrencySymbols.yenOn(exchange));
    }

    private Parsed<Listing> reject(RejectCode code, String detail) {
        return lines.reject(code.because(detail));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
