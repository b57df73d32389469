package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "prune", description = {
        "Deletes old Spring Batch metadata.",
        "Deletes the metadata of executions that ended more than N days ago (steps, contexts,",
        "parameters, then job instances left without executions), in one transaction, and prints the counts.",
        "Never a running execution; the roundup tables (companies, events, rejects, ...) are not touched.",
        "A pruned date that had completed is no longer known as done: `run` for it would run it again.",
        "Exit: 0 done, 6 locked, 2 bad arguments."})
class PruneCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--older-than-days", required = true, paramLabel = "N",
            description = "prune executions that ended before now minus N days (0: every ended execution)")
    int days;

    @Override
    public Integer call() throws Exception {
        if (days < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--older-than-days must be 0 or more");
        return Ops.withContext(cli.springArgs, "prune", true, false, true, context -> {
            String prefix = context.getBean(Environment.class).getProperty("spring.batch.jdbc.table-prefix", "BATCH_");
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            PlatformTransactionManager tx = context.getBean(PlatformTransactionManager.class);
            return Ops.runner(context).underLock(recovered -> {
                LocalDateTime cutoff = LocalDateTime.now().minusDays(days);
                Map<String, Integer> deleted = prune(jdbc, tx, prefix, cutoff);
                Table table = new Table("table", ">deleted");
                deleted.forEach(table::row);
                cli.out.printf("pruned the executions that ended before %s:%n", Table.time(cutoff));
                table.print(cli.out, "  ");
                return ExitCodes.COMPLETED;
            });
        });
    }

    /** Deletes, children first, in one transaction; returns the rows deleted per table. */
    static Map<String, Integer> prune(JdbcTemplate jdbc, PlatformTransactionManager tx, String p, LocalDateTime cutoff) {
        String old = "SELECT JOB_EXECUTION_ID FROM " + p + "JOB_EXECUTION WHERE END_TIME IS NOT NULL AND END_TIME < ? "
                + "AND STATUS NOT IN ('STARTING', 'STARTED', 'STOPPING')";
        Timestamp at = Timestamp.valueOf(cutoff);
        return new TransactionTemplate(tx).execute(status -> {
            Map<String, Integer> n = new LinkedHashMap<>();
            n.put(p + "STEP_EXECUTION_CONTEXT", jdbc.update("DELETE FROM " + p + "STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN "
                    + "(SELECT STEP_EXECUTION_ID FROM " + p + "STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + old + "))", at));
            n.put(p + "STEP_EXECUTION", jdbc.update("DELETE FROM " + p + "STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + old + ")", at));
            n.put(p + "JOB_EXECUTION_CONTEXT", jdbc.update("DELETE FROM " + p + "JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID IN ("
                    + old + ")", at));
            n.put(p + "JOB_EXECUTION_PARAMS", jdbc.update("DELETE FROM " + p + "JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID IN ("
                    + old + ")", at));
            n.put(p + "JOB_EXECUTION", jdbc.update("DELETE FROM " + p + "JOB_EXECUTION WHERE END_TIME IS NOT NULL AND END_TIME < ? "
                    + "AND STATUS NOT IN ('STARTING', 'STARTED', 'STOPPING')", at));
            n.put(p + "JOB_INSTANCE", jdbc.update("DELETE FROM " + p + "JOB_INSTANCE WHERE NOT EXISTS (SELECT 1 FROM " + p
                    + "JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = " + p + "JOB_INSTANCE.JOB_INSTANCE_ID)"));
            return n;
        });
    }
}
