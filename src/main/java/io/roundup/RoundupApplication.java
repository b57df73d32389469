package io.roundup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RoundupApplication {

    public static void main(String[] args) {
        // Spring's exit code must reach the shell: a failed job otherwise ends with 0 (cron would not see it)
        System.exit(run(args));
    }

    /** Runs the job as the command line does and returns the process exit code. */
    public static int run(String... args) {
        return SpringApplication.exit(SpringApplication.run(RoundupApplication.class, withRunDate(args)));
    }

    /** The run date identifies a run; without one the run is today's. */
    static String[] withRunDate(String[] args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (all.stream().noneMatch(a -> a.startsWith("runDate="))) all.add("runDate=" + LocalDate.now());
        return all.toArray(String[]::new);
    }
}
