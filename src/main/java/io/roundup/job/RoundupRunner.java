package io.roundup.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Launches {@code roundup} for the run date given as {@code runDate=YYYY-MM-DD} (today by
 * default) and turns the outcome into the process exit code. The same run date after a failure
 * restarts the failed execution at its failed step; after a success there is nothing to do.
 */
@Component
class RoundupRunner implements ApplicationRunner, ExitCodeGenerator {

    static final int COMPLETED = 0;
    static final int BAD_ARGUMENTS = 2;
    static final int NOTHING_TO_DO = 3;
    static final int FAILED = 5;

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private final JobOperator operator;
    private final Job job;
    private final RoundupProperties folders;
    private int exitCode = COMPLETED;

    RoundupRunner(JobOperator operator, Job roundup, RoundupProperties folders) {
        this.operator = operator;
        this.job = roundup;
        this.folders = folders;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        LocalDate runDate;
        try {
            runDate = runDate(args.getNonOptionArgs());
            if (!Files.isDirectory(folders.input())) {
                throw new IllegalArgumentException("no input folder " + folders.input().toAbsolutePath()
                        + " (set it with --roundup.input=DIR)");
            }
        } catch (IllegalArgumentException e) {
            log.error("bad arguments: {}", e.getMessage());
            exitCode = BAD_ARGUMENTS;
            return;
        }
        JobParameters parameters = new JobParametersBuilder().addString("runDate", runDate.toString()).toJobParameters();
        try {
            JobExecution execution = operator.start(job, parameters);
            exitCode = execution.getStatus() == BatchStatus.COMPLETED ? COMPLETED : FAILED;
            log.info("run {} {} (execution {})", runDate, execution.getStatus().toString().toLowerCase(), execution.getId());
        } catch (JobInstanceAlreadyCompleteException e) {
            log.info("run {} already completed: nothing to do (give another runDate to run again)", runDate);
            exitCode = NOTHING_TO_DO;
        } catch (InvalidJobParametersException e) {
            log.error("bad arguments: {}", e.getMessage());
            exitCode = BAD_ARGUMENTS;
        }
    }

    static LocalDate runDate(List<String> nonOptionArgs) {
        LocalDate date = LocalDate.now();
        for (String arg : nonOptionArgs) {
            if (!arg.startsWith("runDate=")) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; expected runDate=YYYY-MM-DD or --option=value");
            }
            try {
                date = LocalDate.parse(arg.substring("runDate=".length()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("runDate must be YYYY-MM-DD, got '" + arg.substring(8) + "'");
            }
        }
        return date;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
