package io.roundup.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's header: its cells, the column of each key a reader looks for and the name the file gives
 * it, or why the header cannot be used ({@link #problem()}). Made by {@link ColumnNames#bind}, or by a
 * reader that tells the columns itself ({@link #of}, {@link #implied}).
 */
public final class Header {

    /** A header line with an unterminated quote. */
    public static final Rejection NOT_CSV = RejectCode.BAD_HEADER.because("header is not valid CSV (unterminated quote)");

    private final List<String> cells;
    private final Map<String, Integer> columns;
    private final Map<String, String> names;
    private final Rejection problem;

    Header(List<String> cells, Map<String, Integer> columns, Map<String, String> names, Rejection problem) {
        this.cells = List.copyOf(cells);
        this.columns = Map.copyOf(columns);
        this.names = Map.copyOf(names);
        this.problem = problem;
    }

    static Header bad(List<String> cells, Rejection problem) {
        return new Header(cells, Map.of(), Map.of(), problem);
    }

    /** The header line {@code cells} with the columns a reader found in it itself; each key named as its cell. */
    public static Header of(List<String> cells, Map<String, Integer> columns) {
        Map<String, String> names = new HashMap<>();
        columns.forEach((key, i) -> names.put(key, cells.get(i)));
        return new Header(cells, columns, names, null);
    }

    /**
     * The header of a file saved without one, its layout told from the data: key {@code i} is column
     * {@code i}, named as {@code shownAs} says (the key itself where it says nothing).
     */
    public static Header implied(List<String> keys, Map<String, String> shownAs) {
        Map<String, Integer> columns = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            columns.put(keys.get(i), i);
            names.put(keys.get(i), shownAs.getOrDefault(keys.get(i), keys.get(i)));
        }
        return new Header(keys, columns, names, null);
    }

    /** Why this header cannot be used ({@code bad_header}); null when it can. */
    public Rejection problem() {
        return problem;
    }

    /** The header's cells, up to its last non-empty one. */
    public List<String> cells() {
        return cells;
    }

    /** How many fields a data line must have. */
    public int width() {
        return cells.size();
    }

    public boolean has(String key) {
        return columns.containsKey(key);
    }

    /** The 0-based column of {@code key}; -1 when the header has none. */
    public int column(String key) {
        Integer i = columns.get(key);
        return i == null ? -1 : i;
    }

    /** The column {@code key} as the file names it ({@code Close/Last}); null when the header has none. */
    public String name(String key) {
        return names.get(key);
    }

    /** As {@link #name}, {@code otherwise} when the header has no such column. */
    public String nameOr(String key, String otherwise) {
        return names.getOrDefault(key, otherwise);
    }

    /**
     * Why a data line's {@code fields} (null: the line is not valid CSV) do not fit this header: an
     * unterminated quote, fewer fields or more (a trailing delimiter is allowed); null when they fit.
     */
    public Rejection misfit(List<String> fields) {
        if (fields == null) return RejectCode.MALFORMED_CSV.because("unterminated quote");
        int n = CsvLines.effectiveSize(fields, width());
        if (n == width()) return null;
        return (n < width() ? RejectCode.TRUNCATED : RejectCode.BAD_FIELD_COUNT)
                .because("expected " + width() + " fields as in the header, got " + n);
    }
}
