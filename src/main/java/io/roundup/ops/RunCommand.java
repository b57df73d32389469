package io.roundup.ops;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "run", description = {
        "Runs the job for a run date; a line without a command is run.",
        "Starts it, or restarts a failed run at its failed step from its last commit.",
        "A date that already completed has nothing to do (exit 4) unless --force.",
        "Exit: 0 completed, 3 completed with rejects, 4 nothing to do, 5 failed, 6 locked, 2 bad arguments."})
class RunCommand implements Callable<Integer> {

    /** The run date as the launch line of old gave it, {@code roundup.jar runDate=YYYY-MM-DD}. */
    static final String OLD_RUN_DATE = "runDate=";

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "the run date (default: today)")
    LocalDate runDate;

    @Option(names = "--force", description = {"run a date that already completed again, as a new job instance",
            "(identifying parameter attempt=N); restarts the latest attempt instead when that one failed"})
    boolean force;

    /** {@code runDate=YYYY-MM-DD}: deprecated, still taken (crontabs hold it), with a warning. */
    @Parameters(hidden = true, paramLabel = "runDate=YYYY-MM-DD")
    List<String> oldRunDate = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        LocalDate date = oldRunDate.isEmpty() ? runDate : oldRunDate();
        return Launches.run(cli.springArgs, date == null ? LocalDate.now() : date, force);
    }

    private LocalDate oldRunDate() {
        String arg = oldRunDate.get(0);
        if (oldRunDate.size() > 1 || runDate != null) {
            throw new ParameterException(spec.commandLine(), "the run date is given twice ('" + arg + "' and '"
                    + (runDate != null ? "--run-date=" + runDate : oldRunDate.get(1)) + "')");
        }
        if (!arg.startsWith(OLD_RUN_DATE)) {
            throw new ParameterException(spec.commandLine(), "unknown argument '" + arg + "'; expected --run-date=YYYY-MM-DD");
        }
        String text = arg.substring(OLD_RUN_DATE.length());
        try {
            LocalDate date = LocalDate.parse(text);
            cli.err.printf("warning: '%s' is deprecated; write 'run --run-date=%s' (the same run)%n", arg, date);
            return date;
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "runDate must be YYYY-MM-DD, got '" + text + "'");
        }
    }
}
