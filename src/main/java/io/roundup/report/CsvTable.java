package io.roundup.report;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Money;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A header plus rows, rendered as CSV the same way every time.
 *
 * <ul>
 *   <li>UTF-8 without BOM, every record (the last one too) ends with a single LF.</li>
 *   <li>RFC 4180 quoting only where needed: a cell is put in double quotes when it contains a comma,
 *       a double quote (doubled inside) or a line break; nothing else is quoted. Line breaks inside a
 *       cell are normalised to LF.</li>
 *   <li>Cell formatting ({@link #format(Object)}): null → empty cell; {@link BigDecimal} (and
 *       double/float) → plain decimal without exponent or trailing zeros ({@code 20000000000},
 *       {@code 116.2}); {@link LocalDate} → {@code yyyy-mm-dd}; {@link Currency} → ISO code;
 *       {@link EventStatus}/{@link EventType} → their code; {@link Money} → its plain amount;
 *       {@link Optional} → its content; a collection → its formatted elements joined by {@code ;}; other
 *       text that a spreadsheet would take for a formula gets a leading {@code '} ({@link #neutralised}).</li>
 *   <li>{@link #write(Path)} writes a temporary file next to the target, forces it to disk and
 *       moves it over the target atomically, so a crash never leaves a half-written file.</li>
 * </ul>
 * Identical header and rows always give byte-identical output. Not thread-safe while being filled.
 */
public final class CsvTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public CsvTable(List<String> header) {
        Objects.requireNonNull(header, "header");
        if (header.isEmpty()) throw new IllegalArgumentException("a CSV table needs at least one column");
        List<String> h = new ArrayList<>(header.size());
        for (String name : header) h.add(format(name));
        this.header = Collections.unmodifiableList(h);
    }

    public static CsvTable of(List<String> header, Collection<? extends List<?>> rows) {
        CsvTable t = new CsvTable(header);
        for (List<?> row : rows) t.addRow(row);
        return t;
    }

    /** Appends a row; its cells are formatted at once. The row must have one cell per column. */
    public CsvTable addRow(List<?> cells) {
        Objects.requireNonNull(cells, "cells");
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header has "
                    + header.size() + " columns: " + cells);
        }
        List<String> row = new ArrayList<>(cells.size());
        for (Object c : cells) row.add(format(c));
        rows.add(Collections.unmodifiableList(row));
        return this;
    }

    public CsvTable addRow(Object... cells) {
        return addRow(Arrays.asList(cells));
    }

    public List<String> header() {
        return header;
    }

    /** The formatted (not yet quoted) cells of every row, in insertion order. */
    public List<List<String>> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** The whole file as text. */
    public String render() {
        StringBuilder sb = new StringBuilder(64 * (rows.size() + 1));
        appendRecord(sb, header);
        for (List<String> row : rows) appendRecord(sb, row);
        return sb.toString();
    }

    /** The whole file as UTF-8 bytes (no BOM). */
    public byte[] toBytes() {
        return render().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the table to {@code target}: parent folders are created, the bytes go to a hidden temp
     * file in the same folder, are forced to disk, and the temp file is then atomically moved over
     * the target (plain replace where the file system cannot move atomically). On failure the temp
     * file is removed and the previous target, if any, is left untouched.
     */
    public void write(Path target) throws IOException {
        writeAtomically(target, toBytes());
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = (dir == null ? Path.of("") : dir)
                .resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }

    /** One record of formatted cells as the file holds it, quoted where needed, without its LF. */
    public static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        appendRecord(sb, cells);
        return sb.substring(0, sb.length() - 1);
    }

    private static void appendRecord(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(quote(cells.get(i)));
        }
        sb.append('\n');
    }

    /** RFC 4180 quoting, only when the cell holds a comma, a double quote, CR or LF. */
    public static String quote(String cell) {
        if (cell == null || cell.isEmpty()) return "";
        boolean needs = false;
        for (int i = 0; i < cell.length() && !needs; i++) {
            char c = cell.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!needs) return cell;
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** The text of one cell, before quoting (see the class comment for the rules). */
    public static String format(Object value) {
        if (value == null) return "";
        if (value instanceof Optional<?> o) return format(o.orElse(null));
        if (value instanceof BigDecimal d) return Money.plain(d);
        if (value instanceof Double d) return d.isNaN() || d.isInfinite() ? "" : Money.plain(BigDecimal.valueOf(d));
        if (value instanceof Float f) return f.isNaN() || f.isInfinite() ? "" : Money.plain(new BigDecimal(Float.toString(f)));
        if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) return value.toString();
        if (value instanceof LocalDate d) return d.toString();
        if (value instanceof Currency c) return c.getCurrencyCode();
        if (value instanceof EventStatus s) return s.code();
        if (value instanceof EventType t) return t.code();
        if (value instanceof Money m) return m.plain();
        if (value instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder();
            for (Object o : c) {
                String s = format(o);
                if (s.isEmpty()) continue;
                if (sb.length() > 0) sb.append(';');
                sb.append(s);
            }
            return sb.toString();
        }
        String s = neutralised(value.toString());
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Text a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a CR), with a
     * single quote in front, as OWASP's "CSV Injection" advises: evidence sentences, company names
     * and rejected raw lines come from the web, and {@code =HYPERLINK(…)} in a cell sends data away
     * when clicked. Numbers never get here ({@link #format}), so a negative amount stays a number.
     */
    static String neutralised(String text) {
        if (text.isEmpty()) return text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
