package io.roundup.ledger;

import io.roundup.domain.EventMarks;
import io.roundup.domain.FundingEvent;
import io.roundup.normalize.EventMerger;
import io.roundup.normalize.NormalizedMention;
import io.roundup.report.CsvTable;
import io.roundup.report.LedgerFiles;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** HistoryDiff names what a run changed; AsOf rebuilds each run's file from the changes alone. */
class HistoryTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 18);

    private static List<HistoryDiff.Row> rows(List<FundingEvent> events, Map<String, EventMarks> marks) {
        List<FundingEvent> sorted = new ArrayList<>(events);
        sorted.sort(LedgerOrder.events());
        CsvTable t = LedgerFiles.eventTable(sorted, marks);
        List<HistoryDiff.Row> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) out.add(new HistoryDiff.Row(sorted.get(i), t.rows().get(i), CsvTable.line(t.rows().get(i))));
        return out;
    }

    private static String file(List<HistoryDiff.Row> rows) {
        StringBuilder b = new StringBuilder(CsvTable.line(LedgerFiles.EVENT_COLUMNS)).append('\n');
        rows.forEach(r -> b.append(r.line()).append('\n'));
        return b.toString();
    }

    private static List<FundingEvent> events(String... spec) {
        List<NormalizedMention> ms = new ArrayList<>();
        for (String s : spec) {
            String[] p = s.split(" ");
            ms.add(CorrectionsTest.mention(p[0], p[1], p[2], null, DAY));
        }
        return new EventMerger().merge(ms);
    }

    @Test
    void eachRunsChangesNameTheirFieldsAndRebuildItsFile() {
        HistoryDiff diff = new HistoryDiff(LedgerFiles.EVENT_COLUMNS);
        List<HistoryEntry> history = new ArrayList<>();
        Map<String, List<String>> before = new HashMap<>();
        List<String> files = new ArrayList<>();
        List<List<HistoryEntry>> perRun = new ArrayList<>();

        List<List<FundingEvent>> runs = List.of(
                events("a.txt xAI 20000000000", "b.txt Acme 5000000"),
                events("a.txt xAI 20000000000", "b.txt Acme 5000000", "c.txt Acme 5000000", "d.txt Zeta 1000000"),
                events("a.txt xAI 20000000000", "d.txt Zeta 1000000"));
        for (int run = 0; run < runs.size(); run++) {
            List<HistoryDiff.Row> rows = rows(runs.get(run), Map.of());
            List<HistoryEntry> changes = diff.changes(before, rows, Map.of());
            perRun.add(changes);
            history.addAll(changes);
            files.add(file(rows));
            before.clear();
            for (HistoryDiff.Row r : rows) before.put(r.event().eventId(), HistoryRows.cells(r.line()));
        }
        assertThat(perRun.get(0)).extracting(HistoryEntry::change).containsOnly(HistoryEntry.NEW).hasSize(2);
        assertThat(perRun.get(1)).extracting(HistoryEntry::company, HistoryEntry::change, HistoryEntry::fields, HistoryEntry::reason)
                .containsExactlyInAnyOrder(
                        tuple("Acme", HistoryEntry.CHANGED, List.of("sources"), "sources now b.txt;c.txt"),
                        tuple("Zeta", HistoryEntry.NEW, List.of(), "from d.txt"));
        assertThat(perRun.get(2)).singleElement().satisfies(h -> {
            assertThat(h.change()).isEqualTo(HistoryEntry.REMOVED);
            assertThat(h.company()).isEqualTo("Acme");
            assertThat(h.row()).isNull();
            assertThat(h.reason()).isEqualTo("no source reports it any more");
        });
        // each run's file from the entries recorded up to it
        int upTo = 0;
        for (int run = 0; run < runs.size(); run++) {
            upTo += perRun.get(run).size();
            assertThat(AsOf.file(CsvTable.line(LedgerFiles.EVENT_COLUMNS), history.subList(0, upTo))).isEqualTo(files.get(run));
        }
    }

    @Test
    void aChangeOfTheCorrectedFieldsIsACorrectionAndADropSaysWhy() {
        HistoryDiff diff = new HistoryDiff(LedgerFiles.EVENT_COLUMNS);
        List<FundingEvent> events = events("a.txt xAI 20000000000", "b.txt Acme 5000000");
        Map<String, List<String>> before = new HashMap<>();
        for (HistoryDiff.Row r : rows(events, Map.of())) before.put(r.event().eventId(), r.cells());
        String xai = events.stream().filter(e -> e.company().equals("xAI")).findFirst().orElseThrow().eventId();
        String acme = events.stream().filter(e -> e.company().equals("Acme")).findFirst().orElseThrow().eventId();
        List<HistoryEntry> changes = diff.changes(before,
                rows(List.of(events.stream().filter(e -> e.eventId().equals(xai)).findFirst().orElseThrow()),
                        Map.of(xai, new EventMarks("approved", List.of("lead_investors")))),
                Map.of(acme, "not_event by ana: a rumour"));
        assertThat(changes).extracting(HistoryEntry::eventId, HistoryEntry::change, HistoryEntry::fields, HistoryEntry::reason)
                .containsExactly(
                        tuple(xai, HistoryEntry.CORRECTED, List.of("review", "corrected_fields"), "correction"),
                        tuple(acme, HistoryEntry.REMOVED, List.of(), "correction: not_event by ana: a rumour"));
    }
}
