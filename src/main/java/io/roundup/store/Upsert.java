package io.roundup.store;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collections;
import javax.sql.DataSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

/**
 * An insert-or-update keyed on a table's natural key, so that writing the same row twice leaves
 * one row, in the fastest form each database offers: H2's {@code MERGE … KEY}, PostgreSQL's
 * {@code INSERT … ON CONFLICT}, and standard SQL {@code MERGE} elsewhere (the first two are several
 * times faster than the standard form on a large load).
 */
final class Upsert {

    private static final Map<DataSource, String> PRODUCTS = new WeakHashMap<>();

    private final String table;
    private final List<String> keys;
    private final List<String> columns;
    private final List<String> types;

    private Upsert(String table, List<String> keys, List<String> typedColumns) {
        this.table = table;
        this.keys = List.copyOf(keys);
        this.columns = typedColumns.stream().map(c -> c.split(" ", 2)[0]).toList();
        this.types = typedColumns.stream().map(c -> c.split(" ", 2)[1]).toList();
    }

    /**
     * {@code typedColumns} are written "name TYPE" ("rate_date DATE"; give decimals their scale, H2
     * casts a bare DECIMAL to whole numbers): PostgreSQL types untyped parameters as text where the
     * statement does not tell, and then refuses to compare them with a date column.
     */
    static Upsert into(String table, List<String> keys, List<String> typedColumns) {
        return new Upsert(table, keys, typedColumns);
    }

    /** The statement for the database behind {@code jdbc}, one {@code ?} per column in order. */
    String sql(JdbcTemplate jdbc) {
        String product = product(jdbc);
        if (product.contains("h2")) return h2();
        if (product.contains("postgres")) return postgres();
        return standard();
    }

    /** The database product name in lower case ("h2", "postgresql"), asked once per data source. */
    static String product(JdbcTemplate jdbc) {
        DataSource ds = jdbc.getDataSource();
        synchronized (PRODUCTS) {
            return PRODUCTS.computeIfAbsent(ds, k -> jdbc.execute((ConnectionCallback<String>)
                    c -> c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)));
        }
    }

    /** A plain insert of all columns, for rows known to be new, {@code rows} rows per statement. */
    String insert(int rows) {
        String row = "(" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    /** PostgreSQL's {@code COPY … FROM STDIN} of all columns in CSV form. */
    String copy() {
        return copyInto(table);
    }

    private String copyInto(String target) {
        return "COPY " + target + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
    }

    /** PostgreSQL: the session's temporary table that {@link #copyToStaging()} fills, emptied at each commit. */
    String createStaging() {
        // arrival numbers the rows, so that of two rows with one key the later one wins, as in a batch of upserts
        return "CREATE TEMPORARY TABLE IF NOT EXISTS " + staging() + " (LIKE " + table
                + ", arrival BIGINT GENERATED ALWAYS AS IDENTITY) ON COMMIT DELETE ROWS";
    }

    /** PostgreSQL: COPY of all columns in CSV form into the staging table. */
    String copyToStaging() {
        return copyInto(staging());
    }

    /**
     * PostgreSQL: the staging table's rows upserted into the table, the last of each key. Rows the
     * table already holds with the same values are left out before the insert: ON CONFLICT would
     * still lock (and so write) each of them, and a re-run of unchanged files should write nothing.
     */
    String upsertFromStaging() {
        String keyList = String.join(", ", keys);
        String last = "(SELECT DISTINCT ON (" + keyList + ") " + String.join(", ", columns) + " FROM " + staging()
                + " ORDER BY " + keyList + ", arrival DESC) s";
        List<String> others = others();
        String stored = "SELECT 1 FROM " + table + " t WHERE " + keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "))
                + (others.isEmpty() ? "" : " AND (" + qualified("t", others) + ") IS NOT DISTINCT FROM (" + qualified("s", others) + ")");
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + qualified("s", columns)
                + " FROM " + last + " WHERE NOT EXISTS (" + stored + ") " + onConflict();
    }

    /** The columns that are not part of the key. */
    private List<String> others() {
        return columns.stream().filter(c -> !keys.contains(c)).toList();
    }

    private static String qualified(String alias, List<String> names) {
        return names.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }

    /** PostgreSQL: a row whose key is stored replaces the stored values. */
    private String onConflict() {
        List<String> others = others();
        return "ON CONFLICT (" + String.join(", ", keys) + ") DO "
                + (others.isEmpty() ? "NOTHING" : "UPDATE SET " + others.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", ")));
    }

    private String staging() {
        return table + "_staging";
    }

    String h2() {
        return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keys)
                + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    String postgres() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + casts() + ") " + onConflict();
    }

    String standard() {
        String names = String.join(", ", columns);
        String on = keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
        List<String> updates = columns.stream().filter(c -> !keys.contains(c)).map(c -> c + " = s." + c).toList();
        String values = columns.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING (VALUES (" + casts() + ")) AS s(" + names + ") ON " + on
                + (updates.isEmpty() ? "" : " WHEN MATCHED THEN UPDATE SET " + String.join(", ", updates))
                + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + values + ")";
    }

    private String casts() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < types.size(); i++) b.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(types.get(i)).append(")");
        return b.toString();
    }
}
