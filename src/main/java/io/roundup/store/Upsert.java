package io.roundup.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds a standard SQL {@code MERGE} (understood by H2 2.x and PostgreSQL 15+) keyed on a table's
 * natural key, so that writing the same row twice leaves one row.
 */
final class Upsert {

    private Upsert() {
    }

    /**
     * {@code columns} are written "name TYPE" ("rate_date DATE"): PostgreSQL types the parameters of a
     * {@code VALUES} list as text unless told, and then refuses to compare them with a date column.
     */
    static String sql(String table, List<String> keys, List<String> typedColumns) {
        List<String> columns = typedColumns.stream().map(c -> c.split(" ", 2)[0]).toList();
        String params = typedColumns.stream().map(c -> "CAST(? AS " + c.split(" ", 2)[1] + ")")
                .collect(Collectors.joining(", "));
        String names = String.join(", ", columns);
        String on = keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
        List<String> updates = columns.stream().filter(c -> !keys.contains(c)).map(c -> c + " = s." + c).toList();
        String values = columns.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING (VALUES (" + params + ")) AS s(" + names + ") ON " + on
                + (updates.isEmpty() ? "" : " WHEN MATCHED THEN UPDATE SET " + String.join(", ", updates))
                + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + values + ")";
    }
}
