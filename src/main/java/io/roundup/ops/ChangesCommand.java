package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.store.HistoryStore;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "changes", description = {
        "Lists what the runs of a date and later changed in the ledger: each event new, changed (with its",
        "fields), corrected or removed, and why (the article, a correction, re-extraction, review).",
        "Exit: 0, 2 no database, 6 the H2 database is held by a running job."})
class ChangesCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", required = true, description = "the first run date to show")
    LocalDate since;

    @Override
    public Integer call() throws Exception {
        return Ops.withContext(cli.springArgs, "changes", false, true, true, context -> {
            List<HistoryStore.Recorded> changes = new HistoryStore(new JdbcTemplate(context.getBean(DataSource.class))).since(since);
            cli.out.printf("%d changes by the runs of %s and later%n", changes.size(), since);
            Table table = new Table("run", ">execution", "event", "company", "change", "fields", "why");
            for (HistoryStore.Recorded r : changes) {
                table.row(r.runDate(), r.executionId(), r.entry().eventId(), Table.clip(r.entry().company(), 30), r.entry().change(),
                        Table.clip(String.join(",", r.entry().fields()), 90), Table.clip(r.entry().reason(), 80));
            }
            if (!table.isEmpty()) table.print(cli.out, "  ");
            return ExitCodes.COMPLETED;
        });
    }
}
