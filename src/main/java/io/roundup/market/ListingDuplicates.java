package io.roundup.market;

import io.roundup.csv.DuplicateRows;
import io.roundup.csv.DuplicateRows.Row;
import io.roundup.csv.RejectCode;
import io.roundup.domain.Listing;
import io.roundup.domain.Parsed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The second pass over a whole listing file: one listing per exchange and ticker. */
final class ListingDuplicates {

    private ListingDuplicates() {
    }

    /**
     * Same exchange, ticker and day: duplicate_listing or conflicting_duplicate; an exchange and ticker
     * listed again on a later day: the earlier listings are ticker_reused (whatever the same-day check said).
     */
    static List<Parsed<Listing>> check(String fileName, List<Row<Listing>> rows) {
        List<Parsed<Listing>> out = new DuplicateRows<Listing>(fileName, ListingDuplicates::difference,
                RejectCode.DUPLICATE_LISTING, (a, line) -> a.exchange() + " " + a.ticker() + " already listed on line " + line + " (first kept)",
                a -> a.exchange() + " " + a.ticker() + " " + a.listingDate() + " has different records").checkKeys(rows);
        Map<String, List<Integer>> byTicker = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Parsed<Listing> p = rows.get(i).parsed();
            if (p.isOk()) byTicker.computeIfAbsent(p.value().exchange() + "|" + p.value().ticker(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> same : byTicker.values()) {
            if (same.size() < 2) continue;
            LocalDate latest = same.stream().map(i -> rows.get(i).parsed().value().listingDate()).max(LocalDate::compareTo).orElseThrow();
            Row<Listing> newest = rows.get(same.stream()
                    .filter(i -> rows.get(i).parsed().value().listingDate().equals(latest)).findFirst().orElseThrow());
            for (int i : same) {
                Listing l = rows.get(i).parsed().value();
                if (!l.listingDate().equals(latest)) {
                    out.set(i, rows.get(i).reject(fileName, RejectCode.TICKER_REUSED.because(l.exchange() + " " + l.ticker()
                            + " was used again by '" + newest.parsed().value().company() + "' listed " + latest + " on line "
                            + newest.line() + " (the later listing is kept; one listing per exchange and ticker)")));
                }
            }
        }
        return out;
    }

    /** The first figure in which two records of one listing differ, as "offer_price 165.00 vs 166.00"; null when none does. */
    private static String difference(Listing a, Listing b) {
        if (a.offerPrice().compareTo(b.offerPrice()) != 0) {
            return "offer_price " + a.offerPrice().toPlainString() + " vs " + b.offerPrice().toPlainString();
        }
        if (!a.currency().equals(b.currency())) return "currency " + a.currency() + " vs " + b.currency();
        if (a.shares() != null && b.shares() != null && !a.shares().equals(b.shares())) {
            return "shares " + a.shares() + " vs " + b.shares();
        }
        if (a.proceeds() != null && b.proceeds() != null && a.proceeds().compareTo(b.proceeds()) != 0) {
            return "proceeds " + a.proceeds().toPlainString() + " vs " + b.proceeds().toPlainString();
        }
        return null;
    }
}
