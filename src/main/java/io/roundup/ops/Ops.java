package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.job.RoundupContextConfig;
import io.roundup.job.RoundupProperties;
import io.roundup.job.RoundupRunner;
import io.roundup.job.FolderLockOnStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.EmptyResultDataAccessException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the database commands share: the folder lock, a Spring context that launches nothing on its own. */
final class Ops {

    static final Logger log = LoggerFactory.getLogger("roundup");

    /** The name of the job, as RoundupJobConfig builds it. */
    static final String JOB = "roundup";

    private Ops() {
    }

    interface ContextWork {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    /**
     * Starts a Spring context for {@code command} (property {@code roundup.command} names it in the
     * environment), does the work and closes the context. With {@code lock}, the output folder is locked
     * as the context starts, as a launch does ({@link ExitCodes#ALREADY_RUNNING} when another process holds it).
     * {@code quiet} keeps the start-up log off the table a read-only command prints.
     */
    static int withContext(List<String> springArgs, String command, boolean lock, boolean quiet, ContextWork work)
            throws Exception {
        return withContext(springArgs, command, lock, quiet, false, work);
    }

    /**
     * As above; with {@code existing}, a command that only makes sense on the database of earlier runs
     * refuses ({@link ExitCodes#BAD_ARGUMENTS}) an output folder without one, rather than create it.
     */
    static int withContext(List<String> springArgs, String command, boolean lock, boolean quiet, boolean existing,
                           ContextWork work) throws Exception {
        FolderLockOnStart folderLock = lock ? new FolderLockOnStart() : null;
        try {
            ConfigurableApplicationContext context;
            try {
                context = start(springArgs, command, quiet, existing ? new ExistingDatabase() : null, folderLock);
            } catch (ExistingDatabase.Missing e) {
                return ExitCodes.BAD_ARGUMENTS;
            } catch (FolderLockOnStart.Held e) {
                return ExitCodes.ALREADY_RUNNING;
            } catch (RuntimeException e) {
                return startFailure(e);
            }
            try (context) {
                return work.run(context);
            }
        } finally {
            if (folderLock != null) folderLock.close();
        }
    }

    /** A context for {@code command}; the checks given (null: none) run once the configuration is read, in this order. */
    private static ConfigurableApplicationContext start(List<String> springArgs, String command, boolean quiet,
                                                        ExistingDatabase existing, FolderLockOnStart folderLock) {
        SpringApplication app = new SpringApplication(RoundupContextConfig.class);
        if (existing != null) app.addListeners(existing);
        if (folderLock != null) app.addListeners(folderLock);
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("logging.level.root", quiet ? "WARN" : "INFO");
        app.setDefaultProperties(defaults);
        List<String> args = new ArrayList<>(springArgs);
        args.add("--roundup.command=" + command);
        return app.run(args.toArray(String[]::new));
    }

    /** H2 lets one process open its file: a reader started during a run finds it taken. */
    private static int startFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Database may be already in use") || message.contains("90020")) {
                log.error("the database is in use by a running job (an H2 file opens in one process at a time); "
                        + "try again when it ends");
                return ExitCodes.ALREADY_RUNNING;
            }
        }
        log.error("cannot start: {}", e.toString());
        return ExitCodes.CANNOT_START;
    }

    /**
     * The execution of this id, or null: Spring Batch 6.0.4's JDBC repository throws
     * EmptyResultDataAccessException for an unknown id instead of returning null.
     */
    static JobExecution execution(JobRepository repository, long id) {
        try {
            return repository.getJobExecution(id);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    /**
     * The folders as a Spring start with these arguments resolves them (command line, configuration
     * files, environment, -D), for the commands that open no database: the same resolution as the
     * job's and the lock's, nothing started.
     */
    static RoundupProperties folders(List<String> springArgs) {
        SpringApplication app = new SpringApplication(RoundupContextConfig.class);
        ResolvedEnvironment resolved = new ResolvedEnvironment();
        app.addListeners(resolved);
        app.setDefaultProperties(Map.of("logging.level.root", "WARN"));
        try {
            app.run(springArgs.toArray(String[]::new));
        } catch (ResolvedEnvironment.Done e) {
            // the environment is all we wanted
        }
        return Binder.get(resolved.environment).bindOrCreate("roundup", RoundupProperties.class);
    }

    /** Keeps the environment once Spring has prepared it and abandons the start. */
    private static final class ResolvedEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
        static final class Done extends SpringApplication.AbandonedRunException {
        }

        ConfigurableEnvironment environment;

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            environment = event.getEnvironment();
            throw new Done();
        }
    }

    static Path inputFolder(List<String> springArgs) {
        return folders(springArgs).input();
    }

    static RoundupRunner runner(ConfigurableApplicationContext context) {
        return context.getBean(RoundupRunner.class);
    }

    /** {@link ExitCodes#BAD_ARGUMENTS} with a log line when the input folder is missing, else -1. */
    static int checkInput(ConfigurableApplicationContext context) {
        Path input = context.getBean(RoundupProperties.class).input();
        if (Files.isDirectory(input)) return -1;
        log.error("bad arguments: no input folder {} (set it with --roundup.input=DIR)", input.toAbsolutePath());
        return ExitCodes.BAD_ARGUMENTS;
    }

    static JobParameters parameters(LocalDate runDate) {
        return new JobParametersBuilder().addString("runDate", runDate.toString()).toJobParameters();
    }

    /** {@code 2026-01-08} or {@code 2026-01-08 #2} for a forced attempt. */
    static String label(JobParameters parameters) {
        String date = parameters.getString("runDate");
        Long attempt = parameters.getLong("attempt");
        return attempt == null ? String.valueOf(date) : date + " #" + attempt;
    }

    /** What an exit code means, for log lines. */
    static String meaning(int code) {
        return switch (code) {
            case ExitCodes.COMPLETED -> "completed";
            case ExitCodes.CANNOT_START -> "could not start";
            case ExitCodes.BAD_ARGUMENTS -> "bad arguments";
            case ExitCodes.COMPLETED_WITH_REJECTS -> "completed with rejects";
            case ExitCodes.NOTHING_TO_DO -> "nothing to do";
            case ExitCodes.FAILED -> "failed";
            case ExitCodes.ALREADY_RUNNING -> "another run holds the lock";
            default -> "exit " + code;
        };
    }
}
