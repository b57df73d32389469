package io.roundup.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The columns a reader looks for in a header line: each under a key and the names a header may give it
 * (aliases), compared after the reader's own normalisation (case, spaces, underscores, brackets...); some
 * of them required. {@link #bind} turns a header line into a {@link Header}: which column holds each key,
 * or the {@code bad_header} rejection. Columns of other names are ignored. Immutable: each method returns
 * a new set of names.
 */
public final class ColumnNames {

    /** What a second column of one key means. */
    public enum Repeats {
        /** The first column is used, later ones ignored. */
        FIRST_KEPT,
        /** A bad header: {@code column 'Close' repeats column 'Close/Last'}. */
        REJECTED,
        /** A bad header when the second column has the key's own name ({@code column 'ticker' appears twice}); ignored when it has an alias. */
        OWN_NAME_REJECTED
    }

    private final UnaryOperator<String> normalise;
    private final UnaryOperator<String> looser;
    private final Map<String, String> keys;
    private final List<String> required;
    private final String expected;
    private final Repeats repeats;

    private ColumnNames(UnaryOperator<String> normalise, UnaryOperator<String> looser, Map<String, String> keys,
                        List<String> required, String expected, Repeats repeats) {
        this.normalise = normalise;
        this.looser = looser;
        this.keys = keys;
        this.required = required;
        this.expected = expected;
        this.repeats = repeats;
    }

    /** No columns yet; header cells are compared as {@code normalise} writes them. A repeated column: first kept. */
    public static ColumnNames normalisedBy(UnaryOperator<String> normalise) {
        return new ColumnNames(normalise, null, Map.of(), List.of(), "", Repeats.FIRST_KEPT);
    }

    /** A cell whose normalised name is no alias is tried again as {@code looser} writes that name. */
    public ColumnNames thenTrying(UnaryOperator<String> looser) {
        return new ColumnNames(normalise, looser, keys, required, expected, repeats);
    }

    /** The column {@code key}, under any of {@code names} (as the normalisation writes them). */
    public ColumnNames column(String key, String... names) {
        Map<String, String> more = new HashMap<>(keys);
        for (String n : names) more.put(n, key);
        return new ColumnNames(normalise, looser, Map.copyOf(more), required, expected, repeats);
    }

    /** Keys without which a header is bad; {@code expected} tells the header wanted, in the rejection. */
    public ColumnNames required(String expected, String... keys) {
        return new ColumnNames(normalise, looser, this.keys, List.of(keys), expected, repeats);
    }

    public ColumnNames repeats(Repeats repeats) {
        return new ColumnNames(normalise, looser, keys, required, expected, repeats);
    }

    /** The header line {@code cells} bound to these columns, or (in {@link Header#problem()}) why it is a bad header. */
    public Header bind(List<String> cells) {
        Map<String, Integer> columns = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            String normalised = normalise.apply(name);
            String key = keys.get(normalised);
            if (key == null && looser != null) key = keys.get(looser.apply(normalised));
            if (key == null) continue;
            if (columns.containsKey(key)) {
                if (repeats == Repeats.FIRST_KEPT || repeats == Repeats.OWN_NAME_REJECTED && !normalised.equals(key)) continue;
                return Header.bad(cells, RejectCode.BAD_HEADER.because(repeats == Repeats.REJECTED
                        ? "column '" + name + "' repeats column '" + names.get(key) + "'"
                        : "column '" + key + "' appears twice"));
            }
            columns.put(key, i);
            names.put(key, name);
        }
        for (String need : required) {
            if (!columns.containsKey(need)) {
                return Header.bad(cells, RejectCode.BAD_HEADER.because("expected columns " + expected + ", no '" + need
                        + "' column in " + cells));
            }
        }
        return new Header(cells, columns, names, null);
    }
}
