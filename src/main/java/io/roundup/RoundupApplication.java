package io.roundup;

import io.roundup.job.ExitCodes;
import io.roundup.job.FolderLockOnStart;
import io.roundup.news.ArticlesCommand;
import io.roundup.ops.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.List;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RoundupApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("articles")) {
            // a plain tool over the article reader: no database, no Spring context
            System.exit(ArticlesCommand.run(List.of(args).subList(1, args.length)));
        }
        if (Cli.handles(args)) {
            // an operator command (run, backfill, runs, rejects, restart, abandon, recover, prune, dry-run, schedule)
            System.exit(Cli.run(args));
        }
        // Spring's exit code must reach the shell: a failed job otherwise ends with 0 (cron would not see it)
        System.exit(run(args));
    }

    /**
     * Runs the job as the command line does and returns the process exit code. The output folder,
     * wherever it is configured, is locked before any bean exists, so a second launch on the same
     * folder stops at once, before it opens the database the first one is writing.
     */
    public static int run(String... args) {
        try (FolderLockOnStart lock = new FolderLockOnStart()) {
            SpringApplication app = new SpringApplication(RoundupApplication.class);
            app.addListeners(lock);
            // --offline: the short form of roundup.fetch.offline, as the commands take it
            return SpringApplication.exit(app.run(java.util.Arrays.stream(args)
                    .map(a -> a.equals("--offline") ? Cli.OFFLINE : a).toArray(String[]::new)));
        } catch (FolderLockOnStart.Held e) {
            return ExitCodes.ALREADY_RUNNING;
        }
    }
}
