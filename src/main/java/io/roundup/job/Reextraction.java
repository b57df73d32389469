package io.roundup.job;

import io.roundup.ledger.HistoryDiff;
import io.roundup.ledger.HistoryEntry;
import io.roundup.report.LedgerFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code reextract} would change in the ledger: the stages of the job (fetched pages read again
 * from their raw copies, extract, normalise, merge with corrections, review) run over the stored documents inside one transaction that is then
 * rolled back, and the ledger's rows before and after are compared per field. Run it under the run
 * lock, as the job would run.
 */
public final class Reextraction {

    /** One field of one event: its cell before and after. */
    public record FieldChange(String field, String before, String after) {
    }

    /** An event added, removed or changed, with its fields. */
    public record Change(HistoryEntry entry, List<FieldChange> fields) {
    }

    private Reextraction() {
    }

    public static List<Change> preview(DataSource dataSource, PlatformTransactionManager tx, RoundupProperties folders,
                                       ReviewProperties reviewing) {
        LedgerStages stages = new LedgerStages(new JdbcTemplate(dataSource), folders, reviewing.valuationFactor());
        TransactionTemplate transaction = new TransactionTemplate(tx);
        return transaction.execute(status -> {
            try {
                Map<String, List<String>> before = new HashMap<>();
                stages.rows().forEach(r -> before.put(r.event().eventId(), r.cells()));
                stages.rereadFetchedPages();
                stages.extractAll();
                stages.normalize();
                stages.merge();
                stages.review();
                List<HistoryDiff.Row> after = stages.rows();
                List<Change> out = new ArrayList<>();
                for (HistoryEntry e : new HistoryDiff(LedgerFiles.EVENT_COLUMNS).changes(before, after, stages.dropped())) {
                    out.add(new Change(e, fields(e, before.get(e.eventId()), after)));
                }
                return out;
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    private static List<FieldChange> fields(HistoryEntry e, List<String> before, List<HistoryDiff.Row> after) {
        List<String> now = after.stream().filter(r -> r.event().eventId().equals(e.eventId())).map(HistoryDiff.Row::cells)
                .findFirst().orElse(null);
        List<FieldChange> out = new ArrayList<>();
        for (int i = 0; i < LedgerFiles.EVENT_COLUMNS.size(); i++) {
            String a = before == null || i >= before.size() ? "" : before.get(i);
            String b = now == null || i >= now.size() ? "" : now.get(i);
            if (!a.equals(b)) out.add(new FieldChange(LedgerFiles.EVENT_COLUMNS.get(i), a, b));
        }
        return out;
    }
}
