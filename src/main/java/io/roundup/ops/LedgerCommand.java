package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.ledger.AsOf;
import io.roundup.store.HistoryStore;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "ledger", description = {
        "Writes funding_events.csv as it stood after the run of a date (the last run of the latest run date",
        "on or before it), rebuilt from the event history: byte for byte the file that run wrote.",
        "Exit: 0, 2 no run on or before that date (or no database), 6 the H2 database is held by a running job."})
class LedgerCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", required = true, description = "the run date")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    /** Where standard output goes, for tests: the bytes must not pass through a Writer's line ends. */
    static PrintStream stdout = System.out;

    @Override
    public Integer call() throws Exception {
        return Ops.withContext(cli.springArgs, "ledger", false, true, true, context -> {
            HistoryStore history = new HistoryStore(new JdbcTemplate(context.getBean(DataSource.class)));
            HistoryStore.Run run = history.lastRunOnOrBefore(asOf);
            if (run == null) {
                Ops.log.error("bad arguments: no run on or before {} recorded its ledger in this database (see `roundup runs`)", asOf);
                return ExitCodes.BAD_ARGUMENTS;
            }
            byte[] file = AsOf.file(run.header(), history.upTo(run.executionId())).getBytes(StandardCharsets.UTF_8);
            write(file);
            if (out != null) cli.out.printf("%s: funding_events.csv of run %s (execution %d)%n", out, run.runDate(), run.executionId());
            return ExitCodes.COMPLETED;
        });
    }

    private void write(byte[] file) throws IOException {
        if (out == null) {
            cli.out.flush();
            stdout.write(file);
            stdout.flush();
        } else {
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, file);
        }
    }
}
