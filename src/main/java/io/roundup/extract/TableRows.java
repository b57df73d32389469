package io.roundup.extract;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Funding rounds told as a table written out as text ("Company | Round | Amount | Lead | Valuation"), as round-ups and
 * newsletters print them: one row, one company's round. The header, when there is one, says which column holds what;
 * without one a row needs a name first, a round label and an amount. Rows are read before the prose, and taken out of
 * it, so their cells are not read as one long sentence.
 */
final class TableRows {

    enum Column { COMPANY, ROUND, AMOUNT, LEAD, VALUATION, OFFER_PRICE, LISTING, DATE, OTHER }

    private static final Pattern COMPANY_HEAD = Pattern.compile("(?i)^(?:company|companies|startup|start-up|name|firm|unternehmen|firma|start-up|公司|企业|名称)$");
    private static final Pattern ROUND_HEAD = Pattern.compile("(?i)^(?:round|stage|series|runde|finanzierungsrunde|serie|轮次|轮)$");
    private static final Pattern AMOUNT_HEAD = Pattern.compile("(?i)^(?:amount|size|raised|money raised|betrag|volumen|summe|金额|融资额|融资金额)(?:\\s*\\(.*\\))?$");
    private static final Pattern LEAD_HEAD = Pattern.compile("(?i)^(?:leads?|lead investors?|led by|lead\\(s\\)|angeführt von|lead-investor(?:en)?|leitinvestor(?:en)?|领投方?|领投机构)$");
    private static final Pattern VALUATION_HEAD = Pattern.compile("(?i)^(?:valuation|post-money(?: valuation)?|bewertung|估值|投后估值)(?:\\s*\\(.*\\))?$");
    /** Columns of a listings table: "Offer price", "Ticker/Exchange", "Priced". */
    private static final Pattern OFFER_HEAD = Pattern.compile("(?i)^(?:offer price|ipo price|issue price|price|ausgabepreis|发行价|招股价|发售价)(?:\\s*\\(.*\\))?$");
    private static final Pattern LISTING_HEAD = Pattern.compile("(?i)^(?:ticker|exchange|ticker\\s*/\\s*exchange|exchange\\s*/\\s*ticker|symbol|börse|交易所|代码)$");
    private static final Pattern DATE_HEAD = Pattern.compile("(?i)^(?:date|priced|listed|listing date|debut|first day|datum|日期|上市日期)$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s|:+-]+$");
    /** Two or more spaces: the gap between the columns of a table aligned with spaces. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{2,}");
    private static final Pattern LEAD_SPLIT = Pattern.compile("\\s*(?:,|;|、|/|\\band\\b|\\bund\\b|&|和)\\s*");

    private TableRows() {
    }

    /** The rows of every text table of {@code body} as drafts, and in {@code prose} the body with those lines blanked. */
    static List<Draft> read(String body, StringBuilder prose) {
        List<Draft> out = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        Column[] header = null;
        boolean aligned = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String[] cells = aligned ? alignedCells(line) : cells(line);
            if (cells == null && header == null) {
                // "Company   Ticker   Raised": a header aligned with spaces opens a table of such rows
                String[] a = alignedCells(line);
                if (a != null && header(a) != null) {
                    cells = a;
                    aligned = true;
                }
            }
            if (cells == null) {
                header = null;
                aligned = false;
                prose.append(line).append('\n');
                continue;
            }
            Column[] h = header(cells);
            if (h != null) {
                header = h;
                prose.append('\n');
                continue;
            }
            if (SEPARATOR.matcher(line).matches()) {
                prose.append('\n');
                continue;
            }
            Draft d = row(cells, header);
            if (d == null) {
                prose.append(line).append('\n');
                continue;
            }
            d.evidence = line.trim();
            out.add(d);
            prose.append('\n');
        }
        if (prose.length() > 0) prose.setLength(prose.length() - 1);
        return out;
    }

    /** The cells of a line with at least three of them between "|", else null. */
    private static String[] cells(String line) {
        if (line.indexOf('|') < 0) return null;
        String t = line.trim();
        if (t.startsWith("|")) t = t.substring(1);
        if (t.endsWith("|")) t = t.substring(0, t.length() - 1);
        String[] c = t.split("\\|", -1);
        if (c.length < 3) return null;
        for (int k = 0; k < c.length; k++) c[k] = c[k].trim().replace("**", "");
        return c;
    }

    /** The cells of a line aligned with runs of spaces, when it has at least three, else null. */
    private static String[] alignedCells(String line) {
        String t = line.trim();
        if (t.isEmpty()) return null;
        String[] c = COLUMN_GAP.split(t);
        return c.length < 3 ? null : c;
    }

    private static Column[] header(String[] cells) {
        Column[] h = new Column[cells.length];
        int known = 0;
        boolean company = false, money = false;
        for (int k = 0; k < cells.length; k++) {
            String c = cells[k].toLowerCase(Locale.ROOT);
            h[k] = COMPANY_HEAD.matcher(c).matches() ? Column.COMPANY : ROUND_HEAD.matcher(c).matches() ? Column.ROUND
                    : AMOUNT_HEAD.matcher(c).matches() ? Column.AMOUNT : LEAD_HEAD.matcher(c).matches() ? Column.LEAD
                    : VALUATION_HEAD.matcher(c).matches() ? Column.VALUATION : OFFER_HEAD.matcher(c).matches() ? Column.OFFER_PRICE
                    : LISTING_HEAD.matcher(c).matches() ? Column.LISTING : DATE_HEAD.matcher(c).matches() ? Column.DATE : Column.OTHER;
            if (h[k] != Column.OTHER) known++;
            company |= h[k] == Column.COMPANY;
            money |= h[k] == Column.AMOUNT;
        }
        return known >= 2 && company && money ? h : null;
    }

    /** A row as a funding round, or null when it does not read as one. */
    private static Draft row(String[] cells, Column[] header) {
        if (header != null && header.length != cells.length) header = null;
        Draft d = new Draft();
        // a table with offer prices or tickers lists IPOs
        boolean listings = header != null && java.util.Arrays.stream(header).anyMatch(c -> c == Column.OFFER_PRICE || c == Column.LISTING);
        d.type = listings ? EventType.IPO : EventType.FUNDING_ROUND;
        d.status = EventStatus.COMPLETED;
        d.hasSpecificTrigger = true;
        for (int k = 0; k < cells.length; k++) {
            String c = cells[k];
            Column col = header != null ? header[k] : k == 0 ? Column.COMPANY : Column.OTHER;
            switch (col) {
                case COMPANY -> d.company = c.isEmpty() ? null : c;
                case ROUND -> d.roundLabel = RoundLabels.of(c);
                case AMOUNT -> d.amount = money(c);
                case VALUATION -> d.postMoney = money(c);
                case OFFER_PRICE -> d.offerPrice = money(c);
                case LISTING -> {
                    d.exchange = ExchangeTicker.exchange(c);
                    String code = c.split("\\s*/\\s*|\\s+")[0];
                    if (code.matches("[A-Z]{1,5}|\\d{4,6}") && !code.equals(d.exchange)) d.ticker = code.replaceFirst("^0+(?=\\d)", "");
                }
                case DATE -> d.date = new DateResolver(null).resolve(c, null, false);
                case LEAD -> {
                    for (String l : LEAD_SPLIT.split(c)) if (!l.isBlank() && !l.equals("-") && !l.equals("–")) d.leads.add(l.trim());
                }
                case OTHER -> {
                    if (header != null) break;
                    // no header: the first figure is the amount, a later one the valuation; a round label says it is a round
                    if (d.roundLabel == null) d.roundLabel = RoundLabels.of(c);
                    Money m = money(c);
                    if (m != null && d.amount == null) d.amount = m;
                    else if (m != null && d.postMoney == null) d.postMoney = m;
                }
            }
        }
        if (d.company == null || d.amount == null || !Character.isLetterOrDigit(d.company.codePointAt(0))) return null;
        if (header == null && d.roundLabel == null) return null;
        return d;
    }

    private static Money money(String cell) {
        List<AmountParser.MoneySpan> m = AmountParser.findAll(cell);
        return m.isEmpty() ? null : m.get(0).money();
    }
}
