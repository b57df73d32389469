package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.job.PublishedLedger;
import io.roundup.job.RoundupProperties;
import io.roundup.report.HtmlReport;
import io.roundup.store.HistoryStore;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "report", description = {
        "Writes report.html (the ledger as one self-contained page: headline comparison, funding over time,",
        "companies, timelines with evidence, IPOs) from the database, as every run does, without running anything.",
        "Exit: 0, 2 no database in that output folder, 6 the H2 database is held by a running job."})
class ReportCommand implements Callable<Integer> {

    /** Far enough ahead to find the latest run date recorded, whatever it is. */
    private static final LocalDate ANY = LocalDate.of(9999, 12, 31);

    @ParentCommand
    Cli cli;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
            description = "market caps and price charts as of this date (default: the latest run's date, else today)")
    LocalDate runDate;

    @Option(names = "--out", paramLabel = "DIR", description = "write report.html here (default: the output folder)")
    Path out;

    @Override
    public Integer call() throws Exception {
        return Ops.withContext(cli.springArgs, "report", false, true, true, context -> {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            LocalDate date = runDate;
            if (date == null) {
                HistoryStore.Run last = new HistoryStore(jdbc).lastRunOnOrBefore(ANY);
                date = last == null ? LocalDate.now() : last.runDate();
            }
            Path dir = out != null ? out : context.getBean(RoundupProperties.class).output();
            PublishedLedger read = PublishedLedger.read(jdbc, date);
            Path file = HtmlReport.write(dir, read.published(), read.ledger(), read.marks());
            cli.out.printf("%s: %d events as of %s%n", file, read.ledger().size(), date);
            return ExitCodes.COMPLETED;
        });
    }
}
