package io.roundup.ledger;

import io.roundup.domain.FundingEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a run changed in the ledger: its rows against the rows the ledger held before (each event's
 * latest history entry). Rows are compared cell by cell under the column names, so each change
 * names its fields; the reason is read from them.
 */
public final class HistoryDiff {

    /** A row of funding_events.csv: its event, its cells (formatted) and its line. */
    public record Row(FundingEvent event, List<String> cells, String line) {
    }

    private final List<String> columns;

    public HistoryDiff(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /**
     * {@code before}: event id → the cells of its row as last recorded (absent for an event never
     * seen or removed); {@code dropped}: events an analyst marked as not events, id → why.
     */
    public List<HistoryEntry> changes(Map<String, List<String>> before, List<Row> now, Map<String, String> dropped) {
        List<HistoryEntry> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Row r : now) {
            FundingEvent e = r.event();
            seen.add(e.eventId());
            List<String> old = before.get(e.eventId());
            if (old == null) {
                out.add(new HistoryEntry(e.eventId(), e.company(), e.date(), HistoryEntry.NEW, List.of(),
                        "from " + cell(r.cells(), "sources"), r.line()));
                continue;
            }
            List<String> fields = differing(old, r.cells());
            if (fields.isEmpty()) continue;
            List<String> corrected = List.of(cell(r.cells(), "corrected_fields").split(";"));
            boolean byCorrection = fields.contains("corrected_fields") || corrected.containsAll(fields);
            String reason = byCorrection ? "correction" : fields.contains("sources") ? "sources now " + cell(r.cells(), "sources")
                    : fields.equals(List.of("review")) ? "review" : "re-extraction";
            out.add(new HistoryEntry(e.eventId(), e.company(), e.date(), byCorrection ? HistoryEntry.CORRECTED : HistoryEntry.CHANGED,
                    fields, reason, r.line()));
        }
        before.keySet().stream().filter(id -> !seen.contains(id)).sorted().forEach(id -> {
            List<String> old = before.get(id);
            String why = dropped.containsKey(id) ? "correction: " + dropped.get(id) : "no source reports it any more";
            out.add(new HistoryEntry(id, cell(old, "company"), date(cell(old, "date")), HistoryEntry.REMOVED, List.of(), why, null));
        });
        return out;
    }

    private List<String> differing(List<String> old, List<String> now) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < Math.max(old.size(), now.size()); i++) {
            String a = i < old.size() ? old.get(i) : null, b = i < now.size() ? now.get(i) : null;
            if (!Objects.equals(a, b)) fields.add(i < columns.size() ? columns.get(i) : "column " + (i + 1));
        }
        return fields;
    }

    private String cell(List<String> cells, String column) {
        int i = columns.indexOf(column);
        return i < 0 || i >= cells.size() ? "" : cells.get(i);
    }

    private static LocalDate date(String cell) {
        return cell.isEmpty() ? null : LocalDate.parse(cell);
    }
}
