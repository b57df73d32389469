package io.roundup.progress;

/**
 * How progress is shown ({@code roundup.progress}). The periodic progress lines of the log are the
 * same in every mode but {@link #OFF}: a log file or a cron mail reads as before, and on a terminal
 * the bar is drawn below them.
 */
public enum ProgressMode {
    /** A bar when the output is a terminal, none when it is redirected (a file, a pipe, cron). */
    AUTO,
    /** A bar even when no terminal is detected (an IDE console that understands carriage returns). */
    BAR,
    /** Never a bar: the periodic log lines only. */
    LOG,
    /** Neither a bar nor periodic lines: only each step's start and end lines. */
    OFF;

    /** Whether a live bar is drawn, given whether the output is an interactive terminal. */
    public boolean drawsBar(boolean terminal) {
        return this == BAR || this == AUTO && terminal;
    }

    /** Whether long steps log their periodic progress lines. */
    public boolean logsLines() {
        return this != OFF;
    }
}
