package io.roundup.job;

/** The process exit codes, one per outcome an operator or a cron wrapper must tell apart. */
public final class ExitCodes {

    /** The run completed and rejected nothing. */
    public static final int COMPLETED = 0;
    /** Spring could not start the application (database unreachable, bad configuration). */
    public static final int CANNOT_START = 1;
    /** An unknown argument, a malformed runDate or a missing input folder: nothing was run. */
    public static final int BAD_ARGUMENTS = 2;
    /**
     * The run completed; some input rows, documents or corrections were rejected (see rejects.csv),
     * or events were put into review (see review.csv).
     */
    public static final int COMPLETED_WITH_REJECTS = 3;
    /** This run date already completed: nothing was done. */
    public static final int NOTHING_TO_DO = 4;
    /** The run failed; the same command restarts it at the failed step. */
    public static final int FAILED = 5;
    /** Another run holds the lock on this output folder or database: nothing was done. */
    public static final int ALREADY_RUNNING = 6;

    private ExitCodes() {
    }
}
