package io.roundup;

import io.roundup.ops.Cli;

/**
 * {@code java -jar roundup.jar [command] [options]}: the one entry point. Every command line goes to
 * the operator CLI ({@link Cli}), where a line without a command word is {@code run}. Nothing in the
 * application depends on this class; the commands build their Spring contexts from
 * {@code io.roundup.job.RoundupContextConfig}.
 */
public final class RoundupApplication {

    private RoundupApplication() {
    }

    public static void main(String[] args) {
        // the exit code must reach the shell: a failed job otherwise ends with 0 (cron would not see it)
        System.exit(run(args));
    }

    /** Runs a command line as {@link #main} does and returns the process exit code. */
    public static int run(String... args) {
        return Cli.run(args);
    }
}
