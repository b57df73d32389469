package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.job.RoundupRunner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "restart", description = {
        "Restarts a failed execution at its failed step.",
        "Restarts the run the execution belongs to (see `runs`) from its last commit.",
        "Exit: as `run`; 4 when that run already completed; 2 unknown execution, or an abandoned run",
        "(abandoned runs are never restarted: `run --run-date=D --force` starts a new instance)."})
class RestartCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "a job execution id, as `runs` shows it")
    long executionId;

    @Override
    public Integer call() throws Exception {
        return Ops.withContext(cli.springArgs, "restart", true, false, true, context -> {
            int bad = Ops.checkInput(context);
            if (bad >= 0) return bad;
            RoundupRunner runner = Ops.runner(context);
            JobRepository repository = context.getBean(JobRepository.class);
            return runner.underLock(recovered -> {
                JobExecution execution = Ops.execution(repository, executionId);
                if (execution == null) {
                    Ops.log.error("bad arguments: no execution {} in this database (see `roundup runs`)", executionId);
                    return ExitCodes.BAD_ARGUMENTS;
                }
                JobExecution last = repository.getLastJobExecution(execution.getJobInstance());
                String run = Ops.label(last.getJobParameters());
                if (last.getId() != execution.getId()) {
                    Ops.log.info("execution {} of run {} was followed by execution {} ({})", executionId, run,
                            last.getId(), last.getStatus());
                }
                BatchStatus status = last.getStatus();
                if (status == BatchStatus.COMPLETED) {
                    Ops.log.info("run {} already completed in execution {}: nothing to restart", run, last.getId());
                    return ExitCodes.NOTHING_TO_DO;
                }
                if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
                    Ops.log.error("run {} is {} (execution {}) and cannot be restarted; `roundup run --run-date={} --force` "
                            + "starts a new instance", run, status.toString().toLowerCase(), last.getId(),
                            last.getJobParameters().getString("runDate"));
                    return ExitCodes.BAD_ARGUMENTS;
                }
                Ops.log.info("restarting run {} (execution {} {}) at its failed step", run, last.getId(),
                        status.toString().toLowerCase());
                return runner.launch(last.getJobParameters());
            });
        });
    }
}
