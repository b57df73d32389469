package io.roundup.ops;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "run", description = {
        "Runs the job for a run date (as without a command).",
        "Starts it, or restarts a failed run at its failed step from its last commit.",
        "A date that already completed has nothing to do (exit 4) unless --force.",
        "Exit: 0 completed, 3 completed with rejects, 4 nothing to do, 5 failed, 6 locked, 2 bad arguments."})
class RunCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "the run date (default: today)")
    LocalDate runDate;

    @Option(names = "--force", description = {"run a date that already completed again, as a new job instance",
            "(identifying parameter attempt=N); restarts the latest attempt instead when that one failed"})
    boolean force;

    @Override
    public Integer call() throws Exception {
        return Launches.run(cli.springArgs, runDate == null ? LocalDate.now() : runDate, force);
    }
}
