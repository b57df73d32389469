package io.roundup.job;

import io.roundup.ledger.HistoryDiff;
import io.roundup.ledger.HistoryEntry;
import io.roundup.ledger.HistoryRows;
import io.roundup.report.CsvTable;
import io.roundup.report.LedgerFiles;
import io.roundup.store.EventStore;
import io.roundup.store.HistoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records what a run published against what the ledger held before: the changed rows with the run
 * that made them, so any run's funding_events.csv can be rebuilt and its changes listed.
 */
final class HistoryRecorder {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private final HistoryStore history;
    private final EventStore events;

    HistoryRecorder(HistoryStore history, EventStore events) {
        this.history = history;
        this.events = events;
    }

    void record(long executionId, LocalDate runDate, OutputFiles.Published published) {
        Map<String, List<String>> before = new HashMap<>();
        history.latestRows().forEach((id, line) -> before.put(id, HistoryRows.cells(line)));
        List<HistoryDiff.Row> rows = new ArrayList<>();
        CsvTable table = published.table();
        for (int i = 0; i < published.events().size(); i++) {
            List<String> cells = table.rows().get(i);
            rows.add(new HistoryDiff.Row(published.events().get(i), cells, CsvTable.line(cells)));
        }
        List<HistoryEntry> changes = new HistoryDiff(LedgerFiles.EVENT_COLUMNS).changes(before, rows, events.dropped());
        history.record(executionId, runDate, CsvTable.line(table.header()), rows.size(), changes);
        log.info("history: {} change(s) to the ledger recorded for run {}", changes.size(), runDate);
    }
}
