package io.roundup.ops;

import io.roundup.job.RoundupRunner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Launching the job from a command: the folder lock, then the runner's database lock, recovery of
 * stale executions and exit codes, exactly as a plain launch.
 * <p>
 * <b>Forcing</b> a run date that already completed starts a new job instance: the run date stays the
 * identifying parameter and an identifying {@code attempt=N} (1, 2, …) is added, so every forced run
 * has its own instance, its own history and its own restart. The plain {@code runDate} instance keeps
 * meaning "the scheduled run of that date". When the latest attempt of that date failed or was
 * stopped, {@code --force} restarts it instead of piling up another instance.
 */
final class Launches {

    private Launches() {
    }

    /** {@code run}: starts or restarts the run of this date; with {@code force}, again after a success. */
    static int run(List<String> springArgs, LocalDate runDate, boolean force) throws Exception {
        return Ops.withContext(springArgs, "run", true, false, context -> {
            int bad = Ops.checkInput(context);
            if (bad >= 0) return bad;
            RoundupRunner runner = Ops.runner(context);
            JobRepository repository = context.getBean(JobRepository.class);
            return runner.underLock(recovered ->
                    runner.launch(force ? forced(repository, runDate) : Ops.parameters(runDate)));
        });
    }

    /** The parameters a forced run of this date launches (see the class comment). */
    static JobParameters forced(JobRepository repository, LocalDate runDate) {
        List<JobExecution> attempts = attempts(repository, runDate);
        if (attempts.isEmpty()) return Ops.parameters(runDate);
        JobExecution latest = attempts.get(attempts.size() - 1);
        long attempt = attempt(latest.getJobParameters());
        BatchStatus status = latest.getStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            Ops.log.info("run {} ended {} in execution {}: --force restarts it", Ops.label(latest.getJobParameters()),
                    status.toString().toLowerCase(), latest.getId());
            return latest.getJobParameters();
        }
        Ops.log.info("run {} {} in execution {}: --force starts attempt {} as a new job instance",
                Ops.label(latest.getJobParameters()), status.toString().toLowerCase(), latest.getId(), attempt + 1);
        return new JobParametersBuilder().addString("runDate", runDate.toString()).addLong("attempt", attempt + 1)
                .toJobParameters();
    }

    /** The last execution of every job instance of this run date (the plain one and the forced ones), by attempt. */
    static List<JobExecution> attempts(JobRepository repository, LocalDate runDate) {
        List<JobExecution> found = new ArrayList<>();
        for (JobInstance instance : repository.findJobInstances(Ops.JOB)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last != null && runDate.toString().equals(last.getJobParameters().getString("runDate"))) found.add(last);
        }
        found.sort(Comparator.comparingLong(e -> attempt(e.getJobParameters())));
        return found;
    }

    static long attempt(JobParameters parameters) {
        Long attempt = parameters.getLong("attempt");
        return attempt == null ? 0 : attempt;
    }
}
