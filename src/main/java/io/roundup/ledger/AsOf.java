package io.roundup.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger as it stood after a run, rebuilt from history: each event's latest entry up to that
 * run, removed ones left out, in the file's order, under the header that run wrote.
 */
public final class AsOf {

    private AsOf() {
    }

    /** {@code entries} in the order the runs recorded them; returns funding_events.csv as text. */
    public static String file(String header, List<HistoryEntry> entries) {
        Map<String, HistoryEntry> latest = new LinkedHashMap<>();
        for (HistoryEntry h : entries) latest.put(h.eventId(), h);
        List<HistoryEntry> rows = new ArrayList<>();
        for (HistoryEntry h : latest.values()) if (h.row() != null) rows.add(h);
        rows.sort(LedgerOrder.entries());
        StringBuilder text = new StringBuilder(header).append('\n');
        for (HistoryEntry h : rows) text.append(h.row()).append('\n');
        return text.toString();
    }
}
