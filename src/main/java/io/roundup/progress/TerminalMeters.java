package io.roundup.progress;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One live bar at a time at the bottom of the terminal, for the task opened last. A task that ends
 * within {@value #SHOW_AFTER_MILLIS} ms draws nothing (no flicker for the short steps); after that
 * the bar is redrawn every {@value #TICK_MILLIS} ms, so time and rate move even while a slow chunk
 * or a polite fetch keeps the count still. Closing the task erases its bar.
 */
public final class TerminalMeters implements Meters {

    static final long SHOW_AFTER_MILLIS = 1000;
    static final long TICK_MILLIS = 250;

    private final TerminalLine line;
    private final LongSupplier nanoTime;
    private final IntSupplier columns;
    private final boolean unicode;
    private ScheduledExecutorService ticker;
    private Bar current;

    /**
     * @param nanoTime a clock in nanoseconds ({@code System::nanoTime}; a fake one in tests)
     * @param columns  the terminal's width, asked when a task opens
     */
    TerminalMeters(TerminalLine line, LongSupplier nanoTime, IntSupplier columns, boolean unicode) {
        this.line = line;
        this.nanoTime = nanoTime;
        this.columns = columns;
        this.unicode = unicode;
    }

    /** Bars on the terminal this process writes to, redrawn by a daemon thread until {@link #close}. */
    public static TerminalMeters onTerminal() {
        TerminalMeters meters = new TerminalMeters(new TerminalLine(Terminal.charset()), System::nanoTime,
                Terminal::columns, Terminal.unicode());
        meters.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress-bar");
            t.setDaemon(true);
            return t;
        });
        meters.ticker.scheduleWithFixedDelay(() -> {
            try {
                meters.tick();
            } catch (RuntimeException e) {
                // a total that cannot be told this time: the next tick tries again (a thrown tick would stop the ticker)
            }
        }, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return meters;
    }

    @Override
    public synchronized Meter open(String task, String unit) {
        if (current != null) finish(current);
        current = new Bar(task, unit, nanoTime.getAsLong(), columns.getAsInt());
        return current;
    }

    @Override
    public synchronized Meter find(String task) {
        return current != null && current.task.equals(task) ? current : Meter.NONE;
    }

    /** Draws the open task's bar as it is now, once it has run long enough to be worth one. */
    synchronized void tick() {
        Bar bar = current;
        if (bar == null) return;
        long elapsed = nanoTime.getAsLong() - bar.started;
        if (elapsed < TimeUnit.MILLISECONDS.toNanos(SHOW_AFTER_MILLIS)) return;
        String text = BarText.render(bar.task, bar.unit, bar.done.sum(), bar.total.get(), elapsed, bar.width, unicode);
        line.attach();
        line.show(text);
    }

    private synchronized void finish(Bar bar) {
        if (current != bar) return;
        current = null;
        line.detach();
    }

    @Override
    public void close() {
        if (ticker != null) ticker.shutdownNow();
        Bar bar;
        synchronized (this) {
            bar = current;
        }
        if (bar != null) finish(bar);
    }

    private final class Bar implements Meter {
        private final String task;
        private final String unit;
        private final long started;
        private final int width;
        private final LongAdder done = new LongAdder();
        private volatile Supplier<Total> total = () -> Total.UNKNOWN;

        Bar(String task, String unit, long started, int width) {
            this.task = task;
            this.unit = unit;
            this.started = started;
            this.width = width;
        }

        @Override
        public void add(long items) {
            done.add(items);
        }

        @Override
        public void expect(Supplier<Total> total) {
            this.total = total;
        }

        @Override
        public void close() {
            finish(this);
        }
    }
}
