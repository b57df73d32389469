package io.roundup.progress;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * The bottom line of a terminal, kept for a progress bar while log lines scroll above it. While
 * {@link #attach attached}, {@code System.out} and {@code System.err} pass through here: before any
 * output the bar is erased, and once the output has ended its line the bar is drawn again below it,
 * so a log line never lands in the middle of a bar and the bar never lands in a log line. Logback's
 * console appender writes to whatever {@code System.out} is at each event, so it goes through too;
 * a log file does not (its appender writes the file itself), so no bar ever reaches it.
 */
final class TerminalLine {

    private static final String ERASE = "\r\033[K";

    private final Charset charset;
    /** The stream given to draw on (tests), or null: then System.out, once attached. */
    private final PrintStream given;
    /** Where the bar is drawn: the terminal's own stream, not the guard in front of it. */
    private PrintStream terminal;
    private PrintStream out;
    private PrintStream err;
    /** The bar to show, or null; drawn when the cursor is at the start of a line. */
    private String bar;
    private boolean drawn;
    /** Output passed through left the cursor in the middle of a line: draw nothing until it ends it. */
    private boolean midLine;

    /** The line of the terminal {@code System.out} writes to. */
    TerminalLine(Charset charset) {
        this(null, charset);
    }

    /** For tests: a line drawn on {@code terminal}; attaching it replaces no standard stream. */
    TerminalLine(PrintStream terminal, Charset charset) {
        this.charset = charset;
        this.given = terminal;
        this.terminal = terminal;
    }

    /** Puts the guards in front of {@code System.out} and {@code System.err}; the bar is drawn on the former. */
    synchronized void attach() {
        if (given != null || out != null) return;
        out = System.out;
        err = System.err;
        terminal = out;
        System.setOut(guard(out));
        System.setErr(guard(err));
    }

    /** Erases the bar and gives back the streams found at {@link #attach} (unless something replaced them since). */
    synchronized void detach() {
        clear();
        if (out == null) return;
        if (System.out instanceof Guarded) System.setOut(out);
        if (System.err instanceof Guarded) System.setErr(err);
        out = err = null;
        terminal = null;
    }

    /** Shows {@code text} as the bar: now if the cursor is at the start of a line, else once output ends its line. */
    synchronized void show(String text) {
        bar = text;
        if (!midLine) draw();
    }

    /** No bar any more: erases the one drawn. */
    synchronized void clear() {
        bar = null;
        erase();
    }

    /** A stream whose output passes through this line on its way to {@code target}. */
    PrintStream guard(PrintStream target) {
        return new Guarded(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                passThrough(target, b, off, len);
            }

            @Override
            public void flush() {
                target.flush();
            }
        }, charset);
    }

    private synchronized void passThrough(PrintStream target, byte[] b, int off, int len) {
        if (len == 0) return;
        erase();
        target.write(b, off, len);
        target.flush();
        midLine = b[off + len - 1] != '\n';
        if (!midLine && bar != null) draw();
    }

    private void draw() {
        if (terminal == null) return;
        write(ERASE.substring(0, 1) + bar + ERASE.substring(1));
        drawn = true;
    }

    private void erase() {
        if (!drawn) return;
        write(ERASE);
        drawn = false;
    }

    private void write(String s) {
        byte[] bytes = s.getBytes(charset);
        terminal.write(bytes, 0, bytes.length);
        terminal.flush(); // a terminal gone away: PrintStream swallows the error, as it does for the log lines
    }

    /** Marks the streams put in front of the standard ones, so {@link #detach} knows its own. */
    private static final class Guarded extends PrintStream {
        Guarded(OutputStream out, Charset charset) {
            super(out, true, charset);
        }
    }
}
