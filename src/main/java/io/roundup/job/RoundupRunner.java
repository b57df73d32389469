package io.roundup.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Launches {@code roundup} for the operator commands of {@code io.roundup.ops} ({@code run},
 * {@code backfill}, {@code schedule}, …) and turns the outcome into the process exit code
 * ({@link ExitCodes}): {@link #underLock} takes the database run lock and recovers what a killed
 * process left, {@link #launch(JobParameters)} starts or restarts a run. The same run date after a
 * failure restarts the failed execution at its failed step; after a success there is nothing to do.
 * An execution still marked STARTED while this process holds the run lock was left by a killed
 * process: it is recovered (marked FAILED) and restarted.
 */
@Component
public class RoundupRunner {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final DataSource dataSource;
    private final Environment env;
    private final Duration lockCheck;
    private final java.nio.file.Path metricsFile;

    RoundupRunner(JobOperator operator, JobRepository repository, Job roundup, DataSource dataSource, Environment env,
                  RunProperties run) {
        this.env = env;
        this.lockCheck = Duration.ofSeconds(run.lockCheckSeconds());
        this.metricsFile = run.metricsFile();
        this.operator = operator;
        this.repository = repository;
        this.job = roundup;
        this.dataSource = dataSource;
    }

    /** Work done while holding the database run lock; {@code recovered} are the executions just recovered. */
    public interface LockedWork {
        int run(List<JobExecution> recovered) throws Exception;
    }

    /**
     * Takes the database run lock (the caller holds the folder lock), recovers the executions a dead
     * process left STARTED, then does {@code work}; {@link ExitCodes#ALREADY_RUNNING} when another run
     * holds the lock. The lock is checked every {@code roundup.lock-check-seconds} (10): once lost,
     * the running execution is stopped at its next commit and this returns {@link ExitCodes#FAILED}.
     */
    public int underLock(LockedWork work) throws Exception {
        try (DatabaseRunLock lock = DatabaseRunLock.tryAcquire(lockConnection())) {
            if (lock == null) {
                log.error("another run holds the lock on this database; nothing done");
                return ExitCodes.ALREADY_RUNNING;
            }
            try (LockWatch watch = new LockWatch(lock, lockCheck, this::stopRunning)) {
                int code = work.run(recoverStaleExecutions());
                return watch.lost() ? ExitCodes.FAILED : code;
            }
        }
    }

    /**
     * A connection for the run lock alone, outside the pool (which could hand it to a step or retire
     * it), to the database the job uses; a pool connection, held for the run, when no URL is configured.
     */
    private Connection lockConnection() throws SQLException {
        String url = env.getProperty("spring.datasource.url");
        if (url == null) return dataSource.getConnection();
        return DriverManager.getConnection(url, env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"));
    }

    /** Another run may start now: this one stops at its next commit rather than go on unlocked. */
    private void stopRunning() {
        log.error("the run lock on the database is lost (its connection ended); stopping the run, which exits 5: "
                + "run the same command again to restart it");
        for (JobExecution running : repository.findRunningJobExecutions(job.getName())) {
            try {
                operator.stop(running);
            } catch (JobExecutionNotRunningException e) {
                // it ended meanwhile
            }
        }
    }

    /**
     * Starts the run of these parameters, or restarts it at its failed step, and returns its exit
     * code. Call it under {@link #underLock}.
     */
    public int launch(JobParameters parameters) throws Exception {
        return launch(job, parameters);
    }

    /** {@link #launch(JobParameters)} for another job of this application (reextract). */
    public int launch(Job job, JobParameters parameters) throws Exception {
        String runDate = parameters.getString("runDate");
        Long attempt = parameters.getLong("attempt");
        if (attempt != null) runDate = runDate + " (attempt " + attempt + ")";
        dropOrphanInstance(job, parameters);
        try {
            JobExecution execution = operator.start(job, parameters);
            log.info("run {} {} (execution {})", runDate, execution.getStatus().toString().toLowerCase(), execution.getId());
            int code = exitCode(execution, runDate);
            if (metricsFile != null) MetricsFile.write(metricsFile, execution, code);
            return code;
        } catch (JobInstanceAlreadyCompleteException e) {
            log.info("run {} already completed or was abandoned: nothing to do (give another runDate, or use run --force)", runDate);
            return ExitCodes.NOTHING_TO_DO;
        } catch (InvalidJobParametersException e) {
            log.error("bad arguments: {}", e.getMessage());
            return ExitCodes.BAD_ARGUMENTS;
        }
    }

    private int exitCode(JobExecution execution, String runDate) {
        if (execution.getStatus() != BatchStatus.COMPLETED) return ExitCodes.FAILED;
        Map<String, StepExecution> steps = lastStepExecutions(execution.getJobInstance());
        long rejected = steps.values().stream().mapToLong(StepExecution::getFilterCount).sum();
        long inReview = InReview.of(steps.get(InReview.STEP));
        if (rejected > 0) log.info("run {} rejected {} input rows or documents: see rejects.csv", runDate, rejected);
        if (inReview > 0) log.info("run {} put {} events into review: see review.csv", runDate, inReview);
        return rejected > 0 || inReview > 0 ? ExitCodes.COMPLETED_WITH_REJECTS : ExitCodes.COMPLETED;
    }

    /**
     * A process killed between creating a run's job instance and its first execution leaves an
     * instance without executions, which Spring Batch can neither restart nor start again; holding
     * the lock, we know nothing else will use it, so it goes and the run starts afresh.
     */
    private void dropOrphanInstance(Job job, JobParameters parameters) {
        JobInstance instance = repository.getJobInstance(job.getName(), parameters);
        if (instance != null && repository.getJobExecutions(instance).isEmpty()) {
            log.warn("run {} has a job instance ({}) without any execution, left by a process that died while "
                    + "starting it; removing it and starting afresh", parameters.getString("runDate"), instance.getInstanceId());
            repository.deleteJobInstance(instance);
        }
    }

    /** We hold the run lock, so no live process runs these: they were left by a crash. */
    private List<JobExecution> recoverStaleExecutions() {
        List<JobExecution> recovered = new ArrayList<>();
        List<JobExecution> running = new ArrayList<>();
        for (String name : List.of(job.getName(), RoundupJobConfig.REEXTRACT)) running.addAll(repository.findRunningJobExecutions(name));
        for (JobExecution stale : running) {
            String steps = stale.getStepExecutions().stream()
                    .filter(s -> s.getStatus().isRunning()).map(StepExecution::getStepName).toList().toString();
            operator.recover(stale);
            log.warn("recovered execution {} of run {} left STARTED by a process that is gone (running steps {}); "
                    + "it restarts from its last commit", stale.getId(), stale.getJobParameters().getString("runDate"), steps);
            recovered.add(stale);
        }
        return recovered;
    }

    /** The last execution of each step of this run, restarts included, partitions left out. */
    private Map<String, StepExecution> lastStepExecutions(JobInstance instance) {
        Map<String, StepExecution> last = new HashMap<>();
        for (JobExecution e : repository.getJobExecutions(instance)) {
            for (StepExecution s : e.getStepExecutions()) {
                if (StepLog.isPartition(s)) continue;  // its manager step already counts it
                StepExecution seen = last.get(s.getStepName());
                if (seen == null || seen.getId() < s.getId()) last.put(s.getStepName(), s);
            }
        }
        return last;
    }
}
