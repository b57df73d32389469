package io.roundup.progress;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** What this process can tell about the terminal it writes to, if any. */
public final class Terminal {

    private static final int DEFAULT_COLUMNS = 80;

    private Terminal() {
    }

    /**
     * Whether a person is watching: Java 17 gives a {@link System#console()} only when standard input
     * and output are both a terminal (not under cron, not redirected to a file or a pipe), and
     * {@code TERM} names a terminal that understands a carriage return and erase-line (not "dumb").
     */
    public static boolean interactive() {
        return interactive(System.console() != null, System.getenv("TERM"));
    }

    static boolean interactive(boolean console, String term) {
        return console && term != null && !term.isBlank() && !term.equals("dumb");
    }

    /** The terminal's width: {@code COLUMNS} if exported, else what {@code stty size} says, else 80. */
    static int columns() {
        String env = System.getenv("COLUMNS");
        return columns(env, env != null && !env.isBlank() ? null : stty());
    }

    static int columns(String columnsVariable, String sttySize) {
        try {
            if (columnsVariable != null && !columnsVariable.isBlank()) return positive(Integer.parseInt(columnsVariable.trim()));
            if (sttySize != null) {
                String[] parts = sttySize.trim().split("\\s+"); // "rows columns"
                if (parts.length == 2) return positive(Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // neither says: the default
        }
        return DEFAULT_COLUMNS;
    }

    private static int positive(int columns) {
        return columns > 0 ? columns : DEFAULT_COLUMNS;
    }

    /** {@code stty size} on the controlling terminal, or null where there is none or no stty. */
    private static String stty() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) return null;
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            return p.waitFor(2, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The charset {@code System.out} encodes with. */
    static Charset charset() {
        for (String property : new String[]{"stdout.encoding", "sun.stdout.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) return Charset.forName(name);
        }
        return Charset.defaultCharset();
    }

    /** Block characters only where the terminal decodes UTF-8; '=' and '>' elsewhere. */
    static boolean unicode() {
        return charset().equals(StandardCharsets.UTF_8);
    }
}
