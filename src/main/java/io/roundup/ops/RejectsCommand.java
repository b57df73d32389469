package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "rejects", description = {
        "Shows the recorded rejects: step, file, line, reason, raw text.",
        "Rejects are kept per step, source, line and reason, not per execution (a reject seen again by a",
        "restart or a later run stays one row): --execution and --run-date show the rejects of the steps",
        "that execution (or the runs of that date) ran, whichever run recorded them first.",
        "Exit: 0, 2 unknown execution or run date, 6 the H2 database is held by a running job."})
class RejectsCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--execution", paramLabel = "ID", description = "the rejects of the steps of this execution")
    Long execution;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "the rejects of the steps of the runs of this date")
    LocalDate runDate;

    @Option(names = "--limit", paramLabel = "N", description = "show at most N rejects (default: ${DEFAULT-VALUE})")
    int limit = 50;

    @Override
    public Integer call() throws Exception {
        if (execution != null && runDate != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --execution or --run-date, not both");
        }
        if (limit < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 or more");
        return Ops.withContext(cli.springArgs, "rejects", false, true, true, context -> {
            JobRepository repository = context.getBean(JobRepository.class);
            Set<String> steps = null;
            String scope = "all steps";
            if (execution != null) {
                JobExecution e = Ops.execution(repository, execution);
                if (e == null) {
                    Ops.log.error("bad arguments: no execution {} in this database (see `roundup runs`)", execution);
                    return ExitCodes.BAD_ARGUMENTS;
                }
                steps = stepNames(List.of(e));
                scope = "the steps of execution " + execution + " (run " + Ops.label(e.getJobParameters()) + ")";
            } else if (runDate != null) {
                List<JobExecution> runs = new ArrayList<>();
                for (JobExecution last : Launches.attempts(repository, runDate)) {
                    runs.addAll(repository.getJobExecutions(last.getJobInstance()));
                }
                if (runs.isEmpty()) {
                    Ops.log.error("bad arguments: no run of {} in this database (see `roundup runs`)", runDate);
                    return ExitCodes.BAD_ARGUMENTS;
                }
                steps = stepNames(runs);
                scope = "the steps of the runs of " + runDate;
            }
            print(new JdbcTemplate(context.getBean(DataSource.class)), steps, scope);
            return ExitCodes.COMPLETED;
        });
    }

    private void print(JdbcTemplate jdbc, Set<String> steps, String scope) {
        String where = "";
        List<Object> args = new ArrayList<>();
        if (steps != null) {
            if (steps.isEmpty()) steps = Set.of("");
            where = " WHERE step IN (" + String.join(",", steps.stream().map(s -> "?").toList()) + ")";
            args.addAll(steps);
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM rejects" + where, Long.class, args.toArray());
        jdbc.setMaxRows(limit);
        Table table = new Table("step", "source", ">line", "reason", "raw");
        jdbc.query("SELECT step, source, line, reason, raw FROM rejects" + where + " ORDER BY step, source, line, reason",
                rs -> {
                    table.row(rs.getString("step"), rs.getString("source"), rs.getLong("line"),
                            Table.clip(rs.getString("reason"), 80), Table.clip(rs.getString("raw"), 60));
                }, args.toArray());
        long shown = Math.min(total == null ? 0 : total, limit);
        cli.out.printf("%d rejects in %s%s%n", total, scope, shown < (total == null ? 0 : total)
                ? " (first " + shown + " shown; --limit=N shows more)" : "");
        if (!table.isEmpty()) table.print(cli.out, "  ");
    }

    private static Set<String> stepNames(List<JobExecution> executions) {
        Set<String> names = new TreeSet<>();
        for (JobExecution e : executions) for (StepExecution s : e.getStepExecutions()) names.add(s.getStepName());
        return names;
    }
}
