package io.roundup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RoundupApplication {

    public static void main(String[] args) {
        // Spring's exit code must reach the shell: a failed job otherwise ends with 0 (cron would not see it)
        System.exit(run(args));
    }

    /** Runs the job as the command line does and returns the process exit code. */
    public static int run(String... args) {
        return SpringApplication.exit(SpringApplication.run(RoundupApplication.class, args));
    }
}
