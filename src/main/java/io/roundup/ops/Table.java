package io.roundup.ops;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
final class Table {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * What a terminal would act on rather than show: escape sequences (CSI, OSC up to BEL or ST, DCS
     * and the like, in their 7- and 8-bit forms, any other ESC), the remaining C0 and C1 controls, and the bidi overrides that
     * reorder what is read. Rejected raw text comes from files and web pages: printed as is, it could
     * clear the screen, retitle the window or hide part of a line.
     */
    private static final Pattern CONTROL = Pattern.compile("(?:\\x1B\\[|\\x9B)[0-?]*[ -/]*[@-~]?"
            + "|(?:\\x1B[\\]PX^_]|[\\x90\\x98\\x9D-\\x9F])[^\\x07\\x1B\\x9C]*(?:\\x07|\\x1B\\\\|\\x9C)?"
            + "|\\x1B[ -/]*[0-~]?"
            + "|[\\x00-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    private final List<String> header;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /** A header starting with '>' is right-aligned (the '>' is not shown). */
    Table(String... header) {
        this.header = new ArrayList<>();
        this.right = new boolean[header.length];
        for (int i = 0; i < header.length; i++) {
            right[i] = header[i].startsWith(">");
            this.header.add(right[i] ? header[i].substring(1) : header[i]);
        }
    }

    Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object c : cells) row.add(c == null ? "" : oneLine(c.toString()));
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out, String indent) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) width[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], r.get(i).length());
        line(out, indent, header, width);
        for (List<String> r : rows) line(out, indent, r, width);
    }

    private void line(PrintWriter out, String indent, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder(indent);
        for (int i = 0; i < width.length; i++) {
            String c = cells.get(i);
            boolean last = i == width.length - 1;
            if (right[i]) b.append(" ".repeat(width[i] - c.length())).append(c);
            else b.append(c).append(last ? "" : " ".repeat(width[i] - c.length()));
            if (!last) b.append("  ");
        }
        out.println(b.toString().stripTrailing());
    }

    /** On one line, without anything a terminal would act on ({@link #CONTROL}). */
    static String oneLine(String s) {
        return CONTROL.matcher(s.replace("\r", "").replace("\n", " ⏎ ").replace("\t", " ")).replaceAll("");
    }

    static String clip(String s, int max) {
        if (s == null) return "";
        s = oneLine(s);
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The first line of a text (an exit description holds a whole stack trace). */
    static String firstLine(String s) {
        if (s == null || s.isBlank()) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }

    static String time(LocalDateTime t) {
        return t == null ? "-" : t.format(TIME);
    }

    static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) return "-";
        long ms = Duration.between(start, end).toMillis();
        if (ms < 60_000) return String.format("%.1f s", ms / 1000.0);
        long s = ms / 1000;
        if (s < 3600) return String.format("%d m %02d s", s / 60, s % 60);
        return String.format("%d h %02d m", s / 3600, s / 60 % 60);
    }
}
