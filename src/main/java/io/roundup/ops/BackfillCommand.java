package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.job.RoundupRunner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

@Command(name = "backfill", description = {
        "Runs a range of run dates, in order, resumably.",
        "Every date from --from to --to is its own job instance; one lock for the whole backfill.",
        "Resumable: dates already completed are skipped, a failed date is restarted at its failed step;",
        "stops at the first failure (the same command resumes there).",
        "Exit: 0 all completed, 3 some completed with rejects, 4 every date had already completed,",
        "5 a date failed (the others after it were not run), 6 locked, 2 bad arguments."})
class BackfillCommand implements Callable<Integer> {

    /** Ten years of daily runs: more is surely a typo. */
    static final long MAX_DAYS = 3660;

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first run date")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "last run date (included)")
    LocalDate to;

    @Override
    public Integer call() throws Exception {
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new CommandLine.ParameterException(spec.commandLine(), days + " dates: at most " + MAX_DAYS + " in one backfill");
        }
        return Ops.withContext(cli.springArgs, "backfill", true, false, context -> {
            int bad = Ops.checkInput(context);
            if (bad >= 0) return bad;
            RoundupRunner runner = Ops.runner(context);
            JobRepository repository = context.getBean(JobRepository.class);
            return runner.underLock(recovered -> backfill(runner, repository));
        });
    }

    private int backfill(RoundupRunner runner, JobRepository repository) throws Exception {
        int ran = 0;
        int skipped = 0;
        boolean rejects = false;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            JobParameters parameters = Ops.parameters(date);
            JobExecution last = repository.getLastJobExecution(Ops.JOB, parameters);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                Ops.log.info("backfill: run {} already completed (execution {}), skipped", date, last.getId());
                skipped++;
                continue;
            }
            if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
                Ops.log.warn("backfill: run {} was abandoned (execution {}), skipped; `run --run-date={} --force` runs it again",
                        date, last.getId(), date);
                skipped++;
                continue;
            }
            if (last != null) {
                Ops.log.info("backfill: run {} ended {} in execution {}: restarting it", date,
                        last.getStatus().toString().toLowerCase(), last.getId());
            }
            int code = runner.launch(parameters);
            switch (code) {
                case ExitCodes.COMPLETED -> ran++;
                case ExitCodes.COMPLETED_WITH_REJECTS -> {
                    ran++;
                    rejects = true;
                }
                case ExitCodes.NOTHING_TO_DO -> skipped++;
                default -> {
                    long left = ChronoUnit.DAYS.between(date, to);
                    Ops.log.error("backfill stopped at run {} ({}, exit {}); {} later dates not run; "
                            + "the same backfill command resumes at {}", date, Ops.meaning(code), code, left, date);
                    return code;
                }
            }
        }
        Ops.log.info("backfill {} to {}: {} run, {} already done", from, to, ran, skipped);
        if (ran == 0) return ExitCodes.NOTHING_TO_DO;
        return rejects ? ExitCodes.COMPLETED_WITH_REJECTS : ExitCodes.COMPLETED;
    }
}
