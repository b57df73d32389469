package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.job.Failures;
import io.roundup.job.PartitionWorker;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "runs", description = {
        "Lists the latest executions with their steps.",
        "Newest first: status, read, written and rejected (filtered) counts, duration, start and end,",
        "the worker (host and pid) that ran each partition, and the root cause of a failure.",
        "Exit: 0 (also with no runs), 6 the H2 database is held by a running job, 2 bad arguments."})
class RunsCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", description = "how many executions (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 or more");
        return Ops.withContext(cli.springArgs, "runs", false, true, true, context -> {
            String prefix = context.getBean(Environment.class).getProperty("spring.batch.jdbc.table-prefix", "BATCH_");
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            jdbc.setMaxRows(limit);
            List<Long> ids = jdbc.queryForList("SELECT JOB_EXECUTION_ID FROM " + prefix + "JOB_EXECUTION "
                    + "ORDER BY JOB_EXECUTION_ID DESC", Long.class);
            JobRepository repository = context.getBean(JobRepository.class);
            if (ids.isEmpty()) cli.out.println("no runs recorded in this database");
            for (long id : ids) print(cli.out, repository.getJobExecution(id));
            return ExitCodes.COMPLETED;
        });
    }

    static void print(PrintWriter out, JobExecution e) {
        String exit = e.getExitStatus() == null ? "" : e.getExitStatus().getExitCode();
        String job = e.getJobInstance() == null || Ops.JOB.equals(e.getJobInstance().getJobName()) ? "run"
                : e.getJobInstance().getJobName();
        out.printf("execution %d  %s %s  %s%s  started %s  ended %s  took %s%n", e.getId(), job, Table.oneLine(Ops.label(e.getJobParameters())),
                e.getStatus(), exit.isEmpty() || exit.equals(e.getStatus().toString()) ? "" : " (exit " + exit + ")",
                Table.time(e.getStartTime()), Table.time(e.getEndTime()), Table.duration(e.getStartTime(), e.getEndTime()));
        String failure = e.getStepExecutions().stream().sorted(Comparator.comparingLong(StepExecution::getId))
                .map(Failures::remembered).filter(java.util.Objects::nonNull).findFirst()
                .orElse(e.getExitStatus() == null ? "" : Table.firstLine(e.getExitStatus().getExitDescription()));
        if (!failure.isEmpty()) out.println("  " + Table.clip(failure, 200));
        Table steps = new Table("step", "status", ">read", ">written", ">rejected", ">took", "started", "ended", "worker", "exit");
        e.getStepExecutions().stream().sorted(Comparator.comparingLong(StepExecution::getId)).forEach(s -> steps.row(
                s.getStepName(), s.getStatus(), s.getReadCount(), s.getWriteCount(), s.getFilterCount(),
                Table.duration(s.getStartTime(), s.getEndTime()), Table.time(s.getStartTime()), Table.time(s.getEndTime()),
                worker(s), Table.clip(failure(s), 120)));
        if (!steps.isEmpty()) steps.print(out, "  ");
        out.println();
    }

    /** The host and pid that ran a partition (a remote worker's, or the run's own); empty for other steps. */
    private static String worker(StepExecution s) {
        String worker = PartitionWorker.of(s);
        return worker == null ? "" : worker;
    }

    /** The root cause the step kept (see Failures), else the first line of its exit description. */
    private static String failure(StepExecution s) {
        String cause = Failures.remembered(s);
        if (cause != null) return cause;
        return Table.firstLine(s.getExitStatus() == null ? null : s.getExitStatus().getExitDescription());
    }
}
