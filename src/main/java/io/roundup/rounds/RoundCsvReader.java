package io.roundup.rounds;

import io.roundup.csv.ColumnNames;
import io.roundup.csv.CsvLines;
import io.roundup.csv.CurrencySymbols;
import io.roundup.csv.DuplicateRows;
import io.roundup.csv.DuplicateRows.Row;
import io.roundup.csv.Header;
import io.roundup.csv.RejectCode;
import io.roundup.csv.Rejection;
import io.roundup.csv.TextFiles;
import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;
import io.roundup.domain.Money;
import io.roundup.domain.Parsed;
import io.roundup.domain.RowReader;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structured funding-round files analysts keep ({@code rounds/*.csv}): one funding round per
 * line, each becoming a {@link Mention} of type {@code funding_round}, status {@code completed}, whose
 * {@code file} is the file name, a colon and the physical line ({@code rounds.csv:3}) and whose
 * {@code evidence} is the raw line, so the row merges with news mentions of the same round and any
 * disagreement is flagged as between two articles.
 *
 * <p>Header (names case-insensitive, spaces/underscores/hyphens alike, any order, other columns ignored):
 * {@code company|name|company_name} (required), {@code date|announced|announced_date|announcement_date}
 * (required), {@code round|round_label|stage|series}, {@code amount|raised|amount_raised} (required),
 * {@code currency|ccy}, {@code note|notes|source}, and optionally {@code lead_investors|lead_investor|lead|leads}
 * ({@code ;}, {@code |} or {@code 、} separated) and {@code post_money|post_money_valuation|valuation}.
 *
 * <ul>
 *   <li>amount: see {@link RoundAmounts} ({@code 1.7bn}, {@code 600,000,000}, {@code 5亿}, {@code $6.6B},
 *       {@code €1.7 billion}); empty, {@code undisclosed}, {@code n/a} or {@code -} is an undisclosed amount
 *       (the row loads with no amount). The currency column may be empty when the amount carries a symbol;
 *       when both are given they must agree. {@code ¥} needs the currency column to say CNY or JPY.</li>
 *   <li>date: {@code yyyy-MM-dd} (also with a time), {@code yyyy/M/d}, {@code yyyy.M.d}, {@code yyyy年M月d日},
 *       {@code d.M.yyyy}, {@code 13 April 2026}, {@code April 13, 2026}, {@code 13-Apr-2026}, and {@code d/M/yyyy}
 *       or {@code M/d/yyyy} when one of the first two numbers is above 12 (otherwise ambiguous and rejected).
 *       A month or year alone is rejected: a round needs its day for the USD rate and the merge.</li>
 * </ul>
 * Rejects (physical 1-based line, header = 1, raw line): {@code bad_header}, {@code malformed_csv},
 * {@code truncated} / {@code bad_field_count}, {@code missing_company}, {@code missing_date}, {@code bad_date},
 * {@code future_date} (after the run date, when given), {@code bad_amount} (unparseable, zero or negative),
 * {@code unknown_currency} (unknown code or symbol, ambiguous {@code ¥}, or no currency at all for an
 * amount), {@code currency_mismatch} (the amount's symbol and the currency column disagree),
 * {@code duplicate_row} (a line repeating an earlier line, or the same company, date and round with the
 * same figures: first kept), {@code conflicting_duplicate} (same company, date and round with a
 * different amount, currency or valuation: all rejected, none kept). Shapes: UTF-8 with or without BOM,
 * LF/CRLF, blank lines, trailing delimiter, missing final newline, {@code ;} delimiter with decimal
 * commas ({@code 1,7 Mrd. €}). The whole file is buffered for the duplicate checks (round files are small).
 */
public final class RoundCsvReader implements RowReader<Mention> {

    /** Names lower case with runs of spaces, underscores and hyphens as one underscore, then without underscores. */
    private static final ColumnNames COLUMNS = ColumnNames
            .normalisedBy(name -> name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "_"))
            .thenTrying(name -> name.replace("_", ""))
            .column("company", "company", "name", "company_name", "companyname")
            .column("date", "date", "announced", "announced_date", "announcement_date", "announced_on", "announceddate")
            .column("round", "round", "round_label", "stage", "series", "roundlabel")
            .column("amount", "amount", "raised", "amount_raised", "amountraised")
            .column("currency", "currency", "ccy")
            .column("note", "note", "notes", "source")
            .column("leads", "lead_investors", "lead_investor", "lead", "leads", "leadinvestors")
            .column("post", "post_money", "post_money_valuation", "valuation", "postmoney")
            .required("company, date, round, amount, currency, note (company, date and amount required)", "company", "date", "amount");
    private static final DateTimeFormatter LONG_DMY = ci("d MMMM uuuu");
    private static final DateTimeFormatter SHORT_DMY = ci("d MMM uuuu");
    private static final DateTimeFormatter LONG_MDY = ci("MMMM d, uuuu");
    private static final DateTimeFormatter SHORT_MDY = ci("MMM d, uuuu");
    private static final DateTimeFormatter DASH_DMY = ci("d-MMM-uuuu");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern CJK = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
    private static final Pattern DOT_DMY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASH = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})");
    private static final Pattern PARTIAL = Pattern.compile("(?i)\\d{4}(-\\d{1,2})?|\\d{4}年\\d{1,2}月|[a-z]+\\.? \\d{4}|\\d{1,2}/\\d{4}|q[1-4] ?\\d{4}|\\d{4} ?q[1-4]|h[12] ?\\d{4}");

    private static DateTimeFormatter ci(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    private final CsvLines lines;
    private final String fileName;
    private final LocalDate runDate;
    private Header header;
    private boolean decimalComma;
    private Iterator<Parsed<Mention>> buffered;

    public RoundCsvReader(Reader reader, String fileName) {
        this(reader, fileName, null);
    }

    /** @param runDate rounds dated after this day are rejected as {@code future_date}; null disables the check */
    public RoundCsvReader(Reader reader, String fileName, LocalDate runDate) {
        this.lines = new CsvLines(reader, fileName);
        this.fileName = fileName;
        this.runDate = runDate;
    }

    /** Opens a file (UTF-8, stray bytes replaced); mentions and rejects carry the file name. */
    public static RoundCsvReader open(Path file, LocalDate runDate) throws IOException {
        return new RoundCsvReader(TextFiles.open(file), file.getFileName().toString(), runDate);
    }

    @Override
    public Parsed<Mention> next() throws IOException {
        if (buffered == null) {
            Rejection bad = lines.advance() ? readHeader() : null;
            if (bad != null) {
                buffered = List.<Parsed<Mention>>of(lines.reject(bad)).iterator();
                return buffered.next();
            }
            List<Row<Mention>> rows = new ArrayList<>();
            while (header != null && lines.advance()) rows.add(parse());
            buffered = new DuplicateRows<Mention>(fileName, RoundCsvReader::difference,
                    RejectCode.DUPLICATE_ROW, (first, line) -> "same round as line " + line + " (" + what(first) + ", first kept)",
                    first -> what(first) + " has different figures").check(rows).iterator();
        }
        return buffered.hasNext() ? buffered.next() : null;
    }

    /** The header line read: null when usable, else why not (bad_header). */
    private Rejection readHeader() {
        List<String> h = lines.headerCells();
        decimalComma = lines.decimalComma();
        if (h == null) return Header.NOT_CSV;
        Header bound = COLUMNS.bind(h);
        if (bound.problem() == null) header = bound;
        return bound.problem();
    }

    /** A line; the key of an accepted round is company|date|round. */
    private Row<Mention> parse() {
        long line = lines.lineNo();
        String raw = lines.raw();
        List<String> f = lines.fields();
        if (f == null) return bad(RejectCode.MALFORMED_CSV.because("unterminated quote (a note spanning lines is not supported)"));
        Rejection misfit = header.misfit(f);
        if (misfit != null) return bad(misfit);
        String company = get(f, "company");
        if (company.isEmpty()) return bad(RejectCode.MISSING_COMPANY, "column " + header.name("company") + " is empty");
        String dateCell = get(f, "date");
        if (dateCell.isEmpty()) return bad(RejectCode.MISSING_DATE, "column " + header.name("date") + " is empty");
        LocalDate date;
        try {
            date = parseDate(dateCell);
        } catch (IllegalArgumentException e) {
            return bad(RejectCode.BAD_DATE, "column " + header.name("date") + " " + e.getMessage() + ", got '" + dateCell + "'");
        }
        if (runDate != null && date.isAfter(runDate)) {
            return bad(RejectCode.FUTURE_DATE, "column " + header.name("date") + " " + date + " expected on or before run date " + runDate);
        }
        String currencyCell = get(f, "currency");
        Currency column = null;
        boolean columnYen = false;
        if (!currencyCell.isEmpty()) {
            column = RoundAmounts.currency(currencyCell);
            columnYen = RoundAmounts.isYenSign(currencyCell);
            if (column == null && !columnYen) {
                return bad(RejectCode.UNKNOWN_CURRENCY, "column " + header.nameOr("currency", "currency")
                        + " expected an ISO 4217 code or a symbol such as $, HK$, €, RMB, got '" + currencyCell + "'");
            }
        }
        Money amount;
        Object a = money(f, "amount", column, columnYen, currencyCell);
        if (a instanceof Rejection why) return bad(why);
        amount = (Money) a;
        Money post = null;
        if (header.has("post")) {
            Object p = money(f, "post", column, columnYen, currencyCell);
            if (p instanceof Rejection why) return bad(why);
            post = (Money) p;
        }
        String round = get(f, "round");
        List<String> leads = new ArrayList<>();
        for (String s : get(f, "leads").split("[;|、]")) if (!s.isBlank()) leads.add(s.strip());
        Mention m = new Mention(fileName + ":" + line, company, EventType.FUNDING_ROUND, EventStatus.COMPLETED, amount, post, null,
                round.isEmpty() ? null : round, date, leads, null, null, null, null, raw);
        String key = company.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "|" + date + "|"
                + round.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return new Row<>(line, raw, Parsed.ok(m), key);
    }

    /** A Money, null for an undisclosed amount, or the Rejection. */
    private Object money(List<String> f, String key, Currency column, boolean columnYen, String currencyCell) {
        String cell = get(f, key);
        String name = header.name(key);
        if (RoundAmounts.isEmpty(cell)) return null;
        RoundAmounts.Amount a = RoundAmounts.parse(cell, decimalComma);
        if (a.error() != null) {
            if (a.currencyUnknown()) return RejectCode.UNKNOWN_CURRENCY.because("column " + name + " has " + a.error() + ", got '" + cell + "'");
            return RejectCode.BAD_AMOUNT.because("column " + name + " expected an amount such as 1.7bn, 600,000,000, 5亿, $6.6B or €1.7 billion ("
                    + a.error() + "), got '" + cell + "'");
        }
        if (a.value().signum() <= 0) return RejectCode.BAD_AMOUNT.because("column " + name + " expected a positive amount, got '" + cell + "'");
        Currency c;
        if (a.yenSign()) {
            if (CurrencySymbols.yenBeside(column) == null) {
                return RejectCode.UNKNOWN_CURRENCY.because("column " + name + " uses '¥', which is yuan or yen; expected the currency"
                        + " column to say CNY or JPY, got '" + currencyCell + "'");
            }
            c = column;
        } else if (a.currency() != null) {
            if (column != null && !column.equals(a.currency())) {
                return RejectCode.CURRENCY_MISMATCH.because("column " + name + " is in " + a.currency().getCurrencyCode() + " but column "
                        + header.nameOr("currency", "currency") + " says " + column.getCurrencyCode() + ", got '" + cell + "'");
            }
            c = a.currency();
        } else if (column != null) {
            c = column;
        } else if (columnYen) {
            return RejectCode.UNKNOWN_CURRENCY.because("column " + header.nameOr("currency", "currency")
                    + " is '¥', which is yuan or yen; expected CNY or JPY");
        } else {
            return RejectCode.UNKNOWN_CURRENCY.because("no currency in column " + header.nameOr("currency", "currency")
                    + " nor in the amount, got '" + cell + "'");
        }
        return new Money(a.value(), c);
    }

    private String get(List<String> f, String key) {
        int i = header.column(key);
        return i < 0 ? "" : f.get(i).strip();
    }

    /** The day written in {@code s}; IllegalArgumentException with the expectation when unreadable. */
    static LocalDate parseDate(String s) {
        String t = s.strip();
        try {
            Matcher m = YMD.matcher(t);
            if (m.matches()) return LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3)));
            if (t.length() > 10 && YMD.matcher(t.substring(0, 10)).matches() && (t.charAt(10) == 'T' || t.charAt(10) == ' ')) {
                return LocalDateTime.parse(t.replace(' ', 'T').replaceFirst("(Z|[+-]\\d{2}:?\\d{2})$", "")).toLocalDate();
            }
            m = CJK.matcher(t);
            if (m.matches()) return LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3)));
            m = DOT_DMY.matcher(t);
            if (m.matches()) return LocalDate.of(i(m.group(3)), i(m.group(2)), i(m.group(1)));
            m = SLASH.matcher(t);
            if (m.matches()) {
                int a = i(m.group(1)), b = i(m.group(2)), y = i(m.group(3));
                if (a > 12 && b <= 12) return LocalDate.of(y, b, a);
                if (b > 12 && a <= 12) return LocalDate.of(y, a, b);
                if (a == b) return LocalDate.of(y, a, b);
                throw new IllegalArgumentException("is ambiguous (day/month or month/day); expected yyyy-MM-dd");
            }
            for (DateTimeFormatter f : List.of(LONG_DMY, SHORT_DMY, LONG_MDY, SHORT_MDY, DASH_DMY)) {
                try {
                    return LocalDate.parse(t.replace("Sept ", "Sep "), f);
                } catch (DateTimeParseException ignored) {
                    // next form
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("is not a calendar day (" + e.getMessage() + ")");
        }
        if (PARTIAL.matcher(t).matches()) throw new IllegalArgumentException("gives no day; expected a full date such as 2026-01-08");
        throw new IllegalArgumentException("expected a date such as 2026-01-08, 2026/1/8, 2026年1月8日 or 8 January 2026");
    }

    private static int i(String s) {
        return Integer.parseInt(s);
    }

    /** The round as the duplicate reasons name it: company, date and label. */
    private static String what(Mention m) {
        return m.company() + " " + m.date() + (m.roundLabel() == null ? "" : " " + m.roundLabel());
    }

    private static String difference(Mention a, Mention b) {
        if (!Objects.equals(text(a.amount()), text(b.amount()))) return "amount " + text(a.amount()) + " vs " + text(b.amount());
        if (!Objects.equals(text(a.postMoney()), text(b.postMoney()))) {
            return "post_money " + text(a.postMoney()) + " vs " + text(b.postMoney());
        }
        return null;
    }

    private static String text(Money m) {
        return m == null ? "none" : m.toString();
    }

    private Row<Mention> bad(Rejection why) {
        return lines.row(lines.reject(why), null);
    }

    private Row<Mention> bad(RejectCode code, String detail) {
        return bad(code.because(detail));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
