package io.roundup.progress;

import java.util.function.Supplier;

/**
 * What one long task tells whoever watches it. Thread-safe: partitions of one step on several
 * threads add to the same meter. Cheap enough to call once per item.
 */
public interface Meter extends AutoCloseable {

    /** A meter that shows nothing: no terminal, or no bar wanted. */
    Meter NONE = new Meter() {
        @Override
        public void add(long items) {
        }

        @Override
        public void expect(Supplier<Total> total) {
        }

        @Override
        public void close() {
        }
    };

    /** {@code items} more done. */
    void add(long items);

    /** Where the total comes from; asked each time the bar is drawn, so it may change as the task learns more. */
    void expect(Supplier<Total> total);

    default void expect(Total total) {
        expect(() -> total);
    }

    /** The task ended: its bar goes away (the step's end line in the log says how it ended). */
    @Override
    void close();
}
