package io.roundup.ops;

import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "schedule", description = {
        "Stays up and runs today's date at each tick of a cron expression.",
        "Each run is exactly a `run` (lock, recovery, exit codes), in this JVM. A failed run is logged and the schedule",
        "goes on; the next tick restarts it. Ticks that come while a run is going are skipped.",
        "Exit (only with --max-runs): the last run's exit code; 2 bad arguments."})
class ScheduleCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--cron", required = true, paramLabel = "EXPR", description = {
            "Spring cron expression, 6 fields: second minute hour day-of-month month day-of-week,",
            "e.g. \"0 0 6 * * *\" (06:00 every day), \"0 30 5 * * MON-FRI\"; local time zone"})
    String cron;

    @Option(names = "--max-runs", paramLabel = "N", description = "stop after N runs (default: run until stopped)")
    Integer maxRuns;

    @Override
    public Integer call() throws Exception {
        CronExpression expression;
        try {
            expression = CronExpression.parse(cron);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cron: " + e.getMessage()
                    + " (6 fields: second minute hour day-of-month month day-of-week)");
        }
        if (maxRuns != null && maxRuns < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-runs must be 1 or more");
        }
        if (!Files.isDirectory(Ops.inputFolder(cli.springArgs))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no input folder "
                    + Ops.inputFolder(cli.springArgs).toAbsolutePath() + " (set it with --roundup.input=DIR)");
        }
        Ops.log.info("schedule: cron '{}'{}", cron, maxRuns == null ? "" : ", at most " + maxRuns + " runs");
        return new Scheduler(expression, maxRuns == null ? 0 : maxRuns,
                () -> Launches.run(cli.springArgs, LocalDate.now(), false), (run, code) -> {
        }).loop();
    }
}
