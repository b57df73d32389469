package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.job.Reextraction;
import io.roundup.job.ReviewProperties;
import io.roundup.job.RoundupJobConfig;
import io.roundup.job.RoundupProperties;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "reextract", description = {
        "Runs the current extractor over the stored documents (the text of every news page and fetched page",
        "read so far; nothing is fetched or read from the input folder), prints what it would change in the",
        "ledger (events added, removed, changed per field), then applies it as a run of the job `reextract`:",
        "corrections, review, outputs and history as after a run. --dry-run stops after printing.",
        "Exit: 0 / 3 as a run (3: rejects or events in review), 5 failed, 2 no database, 6 locked."})
class ReextractCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Option(names = "--dry-run", description = "print the differences only; change nothing")
    boolean dryRun;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "the date the history files it under (default: today)")
    LocalDate runDate = LocalDate.now();

    @Override
    public Integer call() throws Exception {
        return Ops.withContext(cli.springArgs, "reextract", true, false, true, context -> Ops.runner(context).underLock(recovered -> {
            List<Reextraction.Change> changes = Reextraction.preview(context.getBean(DataSource.class),
                    context.getBean(PlatformTransactionManager.class), context.getBean(RoundupProperties.class),
                    context.getBean(ReviewProperties.class));
            print(changes);
            if (dryRun) return ExitCodes.COMPLETED;
            Job job = context.getBean(RoundupJobConfig.REEXTRACT, Job.class);
            return Ops.runner(context).launch(job, new JobParametersBuilder().addString("runDate", runDate.toString())
                    .addString("reextractedAt", Instant.now().toString()).toJobParameters());
        }));
    }

    private void print(List<Reextraction.Change> changes) {
        cli.out.printf("re-extraction %s %d event(s)%s%n", dryRun ? "would change" : "changes", changes.size(),
                dryRun ? " (dry run: nothing changed)" : "");
        for (Reextraction.Change c : changes) {
            cli.out.printf("  %s %s (%s)%n", c.entry().change(), c.entry().eventId(), c.entry().company());
            if (c.entry().change().equals("changed") || c.entry().change().equals("corrected")) {
                for (Reextraction.FieldChange f : c.fields()) {
                    cli.out.printf("      %s: %s -> %s%n", f.field(), Table.clip(f.before(), 70), Table.clip(f.after(), 70));
                }
            }
        }
        cli.out.flush();
    }
}
