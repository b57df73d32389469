package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "abandon", description = {
        "Abandons a failed execution: it is never restarted.",
        "Marks it ABANDONED (`run` of that date then",
        "has nothing to do; `run --run-date=D --force` starts a new instance). An execution left STARTED by",
        "a dead process is recovered first; a running one (lock held) is refused.",
        "Exit: 0 abandoned, 4 already completed or abandoned, 2 unknown execution, 6 locked."})
class AbandonCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "a job execution id, as `runs` shows it")
    long executionId;

    @Override
    public Integer call() throws Exception {
        return Ops.withContext(cli.springArgs, "abandon", true, false, true, context -> {
            JobRepository repository = context.getBean(JobRepository.class);
            JobOperator operator = context.getBean(JobOperator.class);
            return Ops.runner(context).underLock(recovered -> {
                JobExecution execution = Ops.execution(repository, executionId);
                if (execution == null) {
                    Ops.log.error("bad arguments: no execution {} in this database (see `roundup runs`)", executionId);
                    return ExitCodes.BAD_ARGUMENTS;
                }
                String run = Ops.label(execution.getJobParameters());
                if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
                    Ops.log.info("execution {} of run {} is {}: nothing to abandon", executionId, run,
                            execution.getStatus().toString().toLowerCase());
                    return ExitCodes.NOTHING_TO_DO;
                }
                operator.abandon(execution);
                Ops.log.info("execution {} of run {} abandoned: it will not be restarted; `roundup run --run-date={} --force` "
                        + "starts a new instance", executionId, run, execution.getJobParameters().getString("runDate"));
                cli.out.printf("execution %d of run %s abandoned%n", executionId, run);
                return ExitCodes.COMPLETED;
            });
        });
    }
}
