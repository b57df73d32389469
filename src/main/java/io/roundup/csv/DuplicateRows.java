package io.roundup.csv;

import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The second pass of the buffering readers (prices, listings, FX, rounds), over a whole file's rows:
 * <ul>
 *   <li>a line whose text repeats an earlier line is {@code duplicate_row: identical to line N (first kept)};</li>
 *   <li>accepted rows with the same key are compared with {@code difference}: all equal, the later ones are
 *       rejected with the {@code same} code and {@code sameAs} detail (first kept); any difference, all of them are rejected as
 *       {@code conflicting_duplicate}, naming the lines and the first difference (none kept: we cannot
 *       tell which is right).</li>
 * </ul>
 * The result has one entry per row, in file order; rows that pass keep their {@link Parsed} as it was.
 * A bad header ends a file, so its reject is never compared with anything.
 *
 * @param <T> the parsed value
 */
public final class DuplicateRows<T> {

    /**
     * One physical line after the first pass.
     *
     * @param key rows with equal keys must agree; null for rows that are not compared (rejects, empty rows)
     */
    public record Row<T>(long line, String raw, Parsed<T> parsed, String key) {

        /** This line rejected: {@code source} is the file, as in {@link Reject}. */
        public Parsed<T> reject(String source, Rejection why) {
            return why.at(source, line, raw);
        }
    }

    private final String source;
    private final BiFunction<T, T, String> difference;
    private final RejectCode same;
    private final BiFunction<T, Long, String> sameAs;
    private final Function<T, String> differs;

    /**
     * @param source     the file name the rejects carry
     * @param difference the first field in which two values of one key differ, as {@code "Open 10 vs 10.1"}; null when equal
     * @param same       the code of a later row equal to the first of its key ({@code duplicate_row}, {@code duplicate_listing})
     * @param sameAs     what follows that code, given the first value and its line ({@code "same bar as line 3 (first kept)"})
     * @param differs    what the conflict is about, given the first value: the text between {@code "conflicting_duplicate: "}
     *                   and {@code " on lines ..."} ({@code "NVDA 2020-01-02 has different bars"})
     */
    public DuplicateRows(String source, BiFunction<T, T, String> difference, RejectCode same,
                         BiFunction<T, Long, String> sameAs, Function<T, String> differs) {
        this.source = source;
        this.difference = difference;
        this.same = same;
        this.sameAs = sameAs;
        this.differs = differs;
    }

    /** Repeated lines, then rows of the same key. */
    public List<Parsed<T>> check(List<Row<T>> rows) {
        return check(rows, true);
    }

    /** Rows of the same key only: for files where a repeated line is reported by its key instead. */
    public List<Parsed<T>> checkKeys(List<Row<T>> rows) {
        return check(rows, false);
    }

    private List<Parsed<T>> check(List<Row<T>> rows, boolean repeatedLines) {
        List<Parsed<T>> out = new ArrayList<>(rows.size());
        // sized for every row: a daily file is thousands of rows, and nearly every key is seen once
        int capacity = rows.size() * 4 / 3 + 1;
        Map<String, Long> seenRaw = new HashMap<>(capacity);
        Map<String, Integer> firstOfKey = new HashMap<>(capacity);
        Map<String, List<Integer>> repeatedKeys = new LinkedHashMap<>(); // rows of the keys seen more than once
        for (int i = 0; i < rows.size(); i++) {
            Row<T> r = rows.get(i);
            Long earlier = !repeatedLines || r.raw() == null ? null : seenRaw.putIfAbsent(r.raw().strip(), r.line());
            if (earlier != null) {
                out.add(r.reject(source, RejectCode.DUPLICATE_ROW.because("identical to line " + earlier + " (first kept)")));
                continue;
            }
            out.add(r.parsed());
            if (r.parsed().isOk() && r.key() != null) {
                Integer first = firstOfKey.putIfAbsent(r.key(), i);
                if (first != null) repeatedKeys.computeIfAbsent(r.key(), k -> new ArrayList<>(List.of(first))).add(i);
            }
        }
        for (List<Integer> group : repeatedKeys.values()) {
            Row<T> first = rows.get(group.get(0));
            List<Integer> later = group.subList(1, group.size());
            String diff = null;
            Row<T> other = null;
            for (int j : later) {
                diff = difference.apply(first.parsed().value(), rows.get(j).parsed().value());
                if (diff != null) {
                    other = rows.get(j);
                    break;
                }
            }
            if (diff == null) {
                Rejection why = same.because(sameAs.apply(first.parsed().value(), first.line()));
                for (int j : later) out.set(j, rows.get(j).reject(source, why));
            } else {
                Rejection why = RejectCode.CONFLICTING_DUPLICATE.because(differs.apply(first.parsed().value()) + " on lines "
                        + String.join(", ", group.stream().map(j -> String.valueOf(rows.get(j).line())).toList())
                        + " (" + diff + " on lines " + first.line() + " and " + other.line() + "); none kept");
                for (int j : group) out.set(j, rows.get(j).reject(source, why));
            }
        }
        return out;
    }
}
