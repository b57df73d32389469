package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For a command that only makes sense on the database of earlier runs: once Spring has read the
 * configuration (command line, files, environment, -D), and before anything opens the database,
 * refuses an output folder whose own H2 file does not exist rather than create an empty one there.
 * Another database configured anywhere is taken as it is.
 */
final class ExistingDatabase implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** No database there: the start is abandoned ({@link ExitCodes#BAD_ARGUMENTS}), the reason logged. */
    static final class Missing extends SpringApplication.AbandonedRunException {
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        String folder = env.getProperty("roundup.output.dir", "");
        String own = "jdbc:h2:file:" + folder + "/roundup";
        String url = env.getProperty("spring.datasource.url", own);
        boolean ownFile = url.equals(own) || url.startsWith(own + ";");
        if (ownFile && !Files.isRegularFile(Path.of(folder, "roundup.mv.db"))) {
            Ops.log.error("bad arguments: no roundup database in {} (give the --roundup.output=DIR of earlier runs, "
                    + "or --spring.datasource.url=...)", folder);
            throw new Missing();
        }
    }
}
