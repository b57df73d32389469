package io.roundup.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * One change of one event made by one run: {@code change} is {@code new}, {@code changed},
 * {@code corrected} or {@code removed}; {@code fields} the columns that changed; {@code reason} what
 * made the change (an article, a correction, re-extraction, review); {@code row} the event's line of
 * funding_events.csv as that run wrote it (null when removed). Company and date keep the file's order.
 */
public record HistoryEntry(String eventId, String company, LocalDate date, String change, List<String> fields,
                           String reason, String row) {

    public static final String NEW = "new";
    public static final String CHANGED = "changed";
    public static final String CORRECTED = "corrected";
    public static final String REMOVED = "removed";

    public HistoryEntry {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
