package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "recover", description = {
        "Recovers the executions a dead process left STARTED.",
        "Marks FAILED the executions left STARTED by a process that is gone (kill -9, power loss), so that",
        "`run` or `restart` can restart them. Only when no live process holds the run lock: an execution",
        "marked STARTED while the lock is free cannot be running. (`run` does this by itself.)",
        "Exit: 0 done (recovered or nothing to recover), 6 a live run holds the lock."})
class RecoverCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Override
    public Integer call() throws Exception {
        return Ops.withContext(cli.springArgs, "recover", true, false, true, context ->
                Ops.runner(context).underLock(recovered -> {
                    if (recovered.isEmpty()) cli.out.println("nothing to recover: no execution was left STARTED");
                    for (JobExecution e : recovered) {
                        cli.out.printf("recovered execution %d of run %s (STARTED %s): now FAILED; "
                                        + "`roundup restart %d` restarts it from its last commit%n", e.getId(),
                                Ops.label(e.getJobParameters()), Table.time(e.getStartTime()), e.getId());
                    }
                    return ExitCodes.COMPLETED;
                }));
    }
}
