package io.roundup.csv;

import io.roundup.csv.DuplicateRows.Row;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateRowsTest {

    /** Values "key=value"; rows are keyed by the part before '='. */
    private static final DuplicateRows<String> CHECK = new DuplicateRows<>("f.csv",
            (a, b) -> a.equals(b) ? null : "value " + a.substring(a.indexOf('=') + 1) + " vs " + b.substring(b.indexOf('=') + 1),
            RejectCode.DUPLICATE_ROW, (first, line) -> "same value as line " + line + " (first kept)",
            first -> first.substring(0, first.indexOf('=')) + " has different values");

    private static Row<String> ok(long line, String raw) {
        return new Row<>(line, raw, Parsed.ok(raw), raw.substring(0, raw.indexOf('=')));
    }

    private static Row<String> bad(long line, String raw, String reason) {
        return new Row<>(line, raw, Parsed.rejected(new Reject("f.csv", line, reason, raw)), null);
    }

    private static List<String> reasons(List<Parsed<String>> out) {
        return out.stream().map(p -> p.isOk() ? "ok " + p.value() : p.reject().line() + " " + p.reject().reason()).toList();
    }

    @Test
    void distinctRowsPassUnchanged() {
        List<Row<String>> rows = List.of(ok(2, "a=1"), bad(3, "x", "bad_date: no"), ok(4, "b=1"));
        List<Parsed<String>> out = CHECK.check(rows);
        assertThat(out).containsExactly(rows.get(0).parsed(), rows.get(1).parsed(), rows.get(2).parsed());
    }

    @Test
    void repeatedLineKeepsTheFirstAndIgnoresSurroundingSpace() {
        List<Parsed<String>> out = CHECK.check(List.of(ok(2, "a=1"), bad(3, "x", "bad_date: no"), ok(5, " a=1 "), bad(6, "x ", "bad_date: no")));
        assertThat(reasons(out)).containsExactly("ok a=1", "3 bad_date: no",
                "5 duplicate_row: identical to line 2 (first kept)", "6 duplicate_row: identical to line 3 (first kept)");
        assertThat(out.get(2).reject()).isEqualTo(new Reject("f.csv", 5, "duplicate_row: identical to line 2 (first kept)", " a=1 "));
    }

    @Test
    void rowsWithoutRawTextAreNotCompared() {
        List<Parsed<String>> out = CHECK.check(List.of(bad(3, null, "bad_date: a"), bad(4, null, "bad_date: a")));
        assertThat(reasons(out)).containsExactly("3 bad_date: a", "4 bad_date: a");
    }

    @Test
    void equalValuesUnderOneKeyKeepTheFirst() {
        List<Parsed<String>> out = CHECK.check(List.of(ok(2, "a=1"), ok(3, "b=1"), ok(4, "a=1"), ok(7, "a=1")));
        // lines 4 and 7 repeat line 2's text: caught as identical lines before the key check
        assertThat(reasons(out)).containsExactly("ok a=1", "ok b=1",
                "4 duplicate_row: identical to line 2 (first kept)", "7 duplicate_row: identical to line 2 (first kept)");

        out = CHECK.checkKeys(List.of(ok(2, "a=1"), ok(3, "b=1"), ok(4, "a=1"), ok(7, "a=1")));
        assertThat(reasons(out)).containsExactly("ok a=1", "ok b=1",
                "4 duplicate_row: same value as line 2 (first kept)", "7 duplicate_row: same value as line 2 (first kept)");
    }

    @Test
    void anyDifferenceRejectsTheWholeGroupNamingTheFirstDifference() {
        List<Parsed<String>> out = CHECK.check(List.of(ok(2, "a=1"), ok(3, "b=1"), ok(4, "a=1 "), ok(5, "a=2"), ok(6, "a=3")));
        String reason = "conflicting_duplicate: a has different values on lines 2, 5, 6 (value 1 vs 2 on lines 2 and 5); none kept";
        assertThat(reasons(out)).containsExactly("2 " + reason, "ok b=1", "4 duplicate_row: identical to line 2 (first kept)",
                "5 " + reason, "6 " + reason);
        assertThat(out.get(4).reject()).isEqualTo(new Reject("f.csv", 6, reason, "a=3"));
    }

    @Test
    void rowsWithoutKeyOrRejectedAreNotGrouped() {
        Row<String> unkeyed = new Row<>(3, "a=2", Parsed.ok("a=2"), null);
        Row<String> rejectedWithKey = new Row<>(4, "a=3", Parsed.rejected(new Reject("f.csv", 4, "future_date: x", "a=3")), "a");
        List<Parsed<String>> out = CHECK.check(List.of(ok(2, "a=1"), unkeyed, rejectedWithKey));
        assertThat(reasons(out)).containsExactly("ok a=1", "ok a=2", "4 future_date: x");
    }

    @Test
    void rowRejectCarriesItsLineAndRawText() {
        assertThat(ok(9, "a=1").reject("g.csv", RejectCode.STALE_BAR.because("x")).reject())
                .isEqualTo(new Reject("g.csv", 9, "stale_bar: x", "a=1"));
    }
}
