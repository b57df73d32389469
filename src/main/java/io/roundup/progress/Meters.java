package io.roundup.progress;

/** Hands out the meter of each long task; one task at a time, as the job runs its steps. */
public interface Meters extends AutoCloseable {

    /** Draws nothing: the output is a log or a pipe, or {@code roundup.progress} is {@code log} or {@code off}. */
    Meters NONE = new Meters() {
        @Override
        public Meter open(String task, String unit) {
            return Meter.NONE;
        }

        @Override
        public Meter find(String task) {
            return Meter.NONE;
        }
    };

    /**
     * A new meter for {@code task}, counting in {@code unit} ("rows", "pages"); a meter still open
     * is closed first.
     */
    Meter open(String task, String unit);

    /** The open meter of {@code task}, for the parts of a task (partitions) that add to it; {@link Meter#NONE} if none. */
    Meter find(String task);

    @Override
    default void close() {
    }
}
