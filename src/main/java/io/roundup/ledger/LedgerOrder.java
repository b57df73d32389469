package io.roundup.ledger;

import io.roundup.domain.FundingEvent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order of funding_events.csv: company (case-insensitive), date (undated last), event id. Kept
 * in Java rather than in SQL so that the file, and the ledger rebuilt from history, are the same on
 * every database whatever its collation.
 */
public final class LedgerOrder {

    private LedgerOrder() {
    }

    public static Comparator<FundingEvent> events() {
        return Comparator.comparing((FundingEvent e) -> e.company().toLowerCase(Locale.ROOT))
                .thenComparing(FundingEvent::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(FundingEvent::eventId);
    }

    /** The same order for rows kept by history: company, date, event id. */
    public static Comparator<HistoryEntry> entries() {
        return Comparator.comparing((HistoryEntry h) -> h.company().toLowerCase(Locale.ROOT))
                .thenComparing(HistoryEntry::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(HistoryEntry::eventId);
    }
}
