package io.roundup.progress;

import java.util.Locale;

/**
 * The text of a progress bar at one moment, fitted to the terminal's width:
 * <pre>
 * loadPrices       42% [████████████▋                 ]  4.21M/~10.0M rows   216k/s   0:19 elapsed   0:27 left
 * loadFxRates     ⠹  7,123 days  3,097/s   0:02 elapsed
 * </pre>
 * The second form while the total is not known: count and rate, no percentage or time left. A total
 * marked {@code ~} is an estimate. Time left is at the average rate since the task started. Each
 * field keeps its width as its figures grow (the count that of the total), so the bar does not jump
 * from one draw to the next; on a
 * narrow terminal the time elapsed gives way first, then the bar. A pure function of what it is
 * given, so tests need no clock.
 */
final class BarText {

    /** The longest step name (fetchMarketData): bars of successive steps line up. */
    private static final int TASK_WIDTH = 15;
    private static final int MIN_BAR = 10;
    private static final int MAX_BAR = 30;
    private static final String EIGHTHS = " ▏▎▍▌▋▊▉";
    private static final String SPINNER_UNICODE = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    private static final String SPINNER_ASCII = "|/-\\";
    private static final long SPIN_NANOS = 250_000_000L;

    private BarText() {
    }

    /**
     * @param done         items done so far
     * @param elapsedNanos time since the task started
     * @param width        the terminal's columns; the text keeps to one less, so it never wraps
     * @param unicode      block characters for the bar (a UTF-8 terminal), or ASCII
     */
    static String render(String task, String unit, long done, Total total, long elapsedNanos, int width, boolean unicode) {
        double seconds = elapsedNanos / 1e9;
        Double rate = seconds >= 0.001 ? done / seconds : null;
        String speed = String.format(Locale.ROOT, "  %5s/s", rate == null ? "?" : rate(rate));
        String elapsed = String.format(Locale.ROOT, "  %5s elapsed", duration((long) Math.floor(seconds)));
        StringBuilder head = new StringBuilder(pad(task)).append(' ');
        if (!total.known()) {
            String frames = unicode ? SPINNER_UNICODE : SPINNER_ASCII;
            head.append(frames.charAt((int) (elapsedNanos / SPIN_NANOS % frames.length())));
            return fit(head + String.format(Locale.ROOT, " %6s %s", count(done), unit) + speed + elapsed, width);
        }
        double fraction = total.items() == 0 ? 1 : Math.min(1.0, (double) done / total.items());
        // an estimate is not reached before the task says it is done
        if (total.estimated()) fraction = Math.min(fraction, 0.99);
        head.append(String.format(Locale.ROOT, "%3d%% ", (int) Math.floor(fraction * 100)));
        String of = (total.estimated() ? "~" : "") + count(total.items());
        String counts = String.format(Locale.ROOT, "%" + of.length() + "s/%s %s", count(done), of, unit);
        Long secondsLeft = secondsLeft(done, total, rate);
        String left = secondsLeft == null ? "" : String.format(Locale.ROOT, "  %5s left", duration(secondsLeft));
        String tail = counts + speed + elapsed + left;
        // on a narrow terminal the bar matters more than the time elapsed
        if (room(width, head, tail) < MIN_BAR) tail = counts + speed + left;
        int room = room(width, head, tail);
        String bar = room < MIN_BAR ? "" : "[" + cells(fraction, Math.min(MAX_BAR, room), unicode) + "] ";
        return fit(head + bar + tail, width);
    }

    /** Columns left for the bar's cells: the line keeps to one less than the width, less the brackets and a space. */
    private static int room(int width, CharSequence head, String tail) {
        return width - 1 - head.length() - tail.length() - 3;
    }

    private static String fit(String line, int width) {
        line = line.stripTrailing();
        return line.length() < width ? line : line.substring(0, Math.max(0, width - 1));
    }

    /** Time left at the average rate so far; null while it cannot be told (no rate, or past an estimate). */
    static Long secondsLeft(long done, Total total, Double rate) {
        if (!total.known() || rate == null || rate <= 0) return null;
        long remaining = total.items() - done;
        if (remaining <= 0) return total.estimated() ? null : 0L;
        return (long) Math.ceil(remaining / rate);
    }

    private static String cells(double fraction, int n, boolean unicode) {
        StringBuilder b = new StringBuilder(n);
        double filled = fraction * n;
        int full = (int) Math.floor(filled);
        if (unicode) {
            b.append("█".repeat(full));
            if (full < n) b.append(EIGHTHS.charAt((int) Math.floor((filled - full) * 8)));
        } else {
            b.append("=".repeat(full));
            if (full < n) b.append('>');
        }
        while (b.length() < n) b.append(' ');
        return b.toString();
    }

    private static String pad(String task) {
        return task.length() >= TASK_WIDTH ? task : task + " ".repeat(TASK_WIDTH - task.length());
    }

    /** 12,345 up to 99,999, then three figures: 123k, 1.23M, 12.3M, 1.23G. */
    static String count(long n) {
        return n < 100_000 ? String.format(Locale.ROOT, "%,d", n) : threeFigures(n);
    }

    private static String threeFigures(double n) {
        String[] units = {"k", "M", "G"};
        double value = n / 1000.0;
        int unit = 0;
        while (value >= 999.5 && unit < units.length - 1) { // 999,999 is 1.00M, not 1000k
            value /= 1000;
            unit++;
        }
        String figures = value < 9.995 ? String.format(Locale.ROOT, "%.2f", value)
                : value < 99.95 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
        return figures + units[unit];
    }

    /** Items per second in five characters at most: 0.8, 48, 4,512, 14.6k, 216k. */
    static String rate(double perSecond) {
        if (perSecond < 9.95) return String.format(Locale.ROOT, "%.1f", perSecond);
        if (perSecond < 9_999.5) return String.format(Locale.ROOT, "%,d", Math.round(perSecond));
        return threeFigures(perSecond);
    }

    /** 0:07, 12:05, 1:02:03. */
    static String duration(long seconds) {
        long h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
