package io.roundup.market;

import io.roundup.csv.DuplicateRows;
import io.roundup.csv.DuplicateRows.Row;
import io.roundup.csv.Header;
import io.roundup.csv.RejectCode;
import io.roundup.domain.Parsed;
import io.roundup.domain.PriceBar;

import java.math.BigDecimal;
import java.util.List;

/**
 * The second pass over a whole price file, in file order: identical lines and bars of one ticker and
 * day (equal: the first kept; different: none), then stale bars copied forward from the previous one.
 */
final class PriceDuplicates {

    private static final String[] FIELDS = {"open", "high", "low", "close", "adjclose", "volume"};

    private PriceDuplicates() {
    }

    /** @param header names the differing column in a conflict, as the file wrote it */
    static List<Parsed<PriceBar>> check(String fileName, Header header, List<Row<PriceBar>> rows) {
        List<Parsed<PriceBar>> out = new DuplicateRows<PriceBar>(fileName, (a, b) -> difference(header, a, b),
                RejectCode.DUPLICATE_ROW, (first, line) -> "same bar as line " + line + " (first kept)",
                first -> first.ticker() + " " + first.date() + " has different bars").check(rows);
        PriceBar previous = null;
        long previousLine = 0;
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).isOk()) continue;
            PriceBar bar = out.get(i).value();
            if (previous != null && repeats(previous, bar)) {
                out.set(i, rows.get(i).reject(fileName, RejectCode.STALE_BAR.because("Open/High/Low/Volume identical to the bar of "
                        + previous.date() + " on line " + previousLine + " (copied-forward row; expected a fresh bar with traded volume)")));
                continue;
            }
            previous = bar;
            previousLine = rows.get(i).line();
        }
        return out;
    }

    /** The first field in which two bars of the same day differ, as "Open 10.0 vs 10.1"; null when equal. */
    private static String difference(Header header, PriceBar a, PriceBar b) {
        BigDecimal[] x = {a.open(), a.high(), a.low(), a.close(), a.adjClose(), a.volume()};
        BigDecimal[] y = {b.open(), b.high(), b.low(), b.close(), b.adjClose(), b.volume()};
        for (int k = 0; k < FIELDS.length; k++) {
            boolean same = x[k] == null ? y[k] == null : y[k] != null && x[k].compareTo(y[k]) == 0;
            if (!same) {
                return header.nameOr(FIELDS[k], FIELDS[k]) + " " + (x[k] == null ? "empty" : x[k].toPlainString())
                        + " vs " + (y[k] == null ? "empty" : y[k].toPlainString());
            }
        }
        return null;
    }

    /** Same ticker, same open/high/low and the same non-zero volume as the last accepted bar. */
    private static boolean repeats(PriceBar a, PriceBar b) {
        return a.ticker().equals(b.ticker()) && b.volume() != null && a.volume() != null && b.volume().signum() > 0
                && a.volume().compareTo(b.volume()) == 0 && a.open().compareTo(b.open()) == 0
                && a.high().compareTo(b.high()) == 0 && a.low().compareTo(b.low()) == 0;
    }
}
