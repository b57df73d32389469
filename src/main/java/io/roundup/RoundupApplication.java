package io.roundup;

import io.roundup.news.ArticlesCommand;
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
        // Spring's exit code must reach the shell: a failed job otherwise ends with 0 (cron would not see it)
        System.exit(run(args));
    }

    /** Runs the job as the command line does and returns the process exit code. */
    public static int run(String... args) {
        return SpringApplication.exit(SpringApplication.run(RoundupApplication.class, args));
    }
}
