package io.roundup.job;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import java.nio.file.Path;

/**
 * Locks the output folder a Spring start will really use ({@link RunLock}): the folder is read from
 * the Environment once it is complete (command line, configuration files, environment variables,
 * -D), and before any bean exists, so no database is opened and no migration runs while another
 * process holds the folder. Add it to the {@link SpringApplication} and close it after the context.
 */
public final class FolderLockOnStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, AutoCloseable {

    /** Another live process holds the folder: the start is abandoned, which Spring does not report as a failure. */
    public static final class Held extends SpringApplication.AbandonedRunException {
    }

    private RunLock lock;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        lock = RunLock.tryAcquire(Path.of(event.getEnvironment().getProperty("roundup.output", "output")));
        if (lock == null) throw new Held();
    }

    @Override
    public void close() {
        if (lock == null) return;
        lock.close();
        lock = null;
    }
}
