package io.roundup.store;

import io.roundup.domain.PriceBar;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The daily prices (table {@code prices}), and the tickers roundup looks prices up for. */
public class PriceStore {

    private static final Upsert PRICE = Upsert.into("prices", List.of("ticker", "trade_date"),
            List.of("ticker VARCHAR", "trade_date DATE", "open_price DECIMAL(38,10)", "high_price DECIMAL(38,10)", "low_price DECIMAL(38,10)",
                    "close_price DECIMAL(38,10)", "adj_close DECIMAL(38,10)", "volume DECIMAL(38,10)", "source VARCHAR"));

    private final JdbcTemplate jdbc;

    public PriceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores bars, replacing stored bars of the same ticker and day. A chunk whose tickers have no
     * stored bar in its date range (the first load, by far the bulk of the work) is written the
     * fastest way the database has, COPY on PostgreSQL and a plain batched INSERT elsewhere, inside
     * a savepoint; if another file of the same ticker got there first, the savepoint is rolled back
     * and the chunk is upserted like any re-run: on PostgreSQL by COPY into a staging table and one
     * upsert from it, elsewhere by a batch of upserts.
     */
    public void savePrices(List<? extends PriceBar> bars, String source) {
        if (bars.isEmpty()) return;
        String clipped = Sql.clip(source, 500);
        List<Object[]> rows = bars.stream().map(b -> new Object[]{b.ticker(), b.date(), b.open(), b.high(),
                b.low(), b.close(), b.adjClose(), b.volume(), clipped}).toList();
        if (!anyStored(bars) && Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> insertNew(c, bars, rows, clipped)))) {
            return;
        }
        if (Upsert.product(jdbc).contains("postgres")) {
            jdbc.execute((ConnectionCallback<Void>) c -> upsertThroughStaging(c, bars, clipped));
        } else {
            jdbc.batchUpdate(PRICE.sql(jdbc), rows);
        }
    }

    /**
     * COPY into the session's staging table, then one INSERT … ON CONFLICT from it: a re-run then
     * costs about what the first load did, where a batch of upserts runs statement by statement and
     * rewrites every row. The staging table empties at commit, so without a transaction of the
     * caller's this makes one.
     */
    private static Void upsertThroughStaging(Connection c, List<? extends PriceBar> bars, String source) throws SQLException {
        boolean own = c.getAutoCommit();
        if (own) c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute(PRICE.createStaging());
            }
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(PRICE.copyToStaging(), new StringReader(copyCsv(bars, source)));
            try (Statement s = c.createStatement()) {
                s.executeUpdate(PRICE.upsertFromStaging());
            }
            if (own) c.commit();
        } catch (SQLException | RuntimeException e) {
            if (own) c.rollback();
            throw e;
        } catch (IOException e) {
            if (own) c.rollback();
            throw new SQLException("COPY into the staging table of prices failed: " + e.getMessage(), e);
        } finally {
            if (own) c.setAutoCommit(true);
        }
        return null;
    }

    /** True when a stored bar shares a ticker with the chunk and falls within its dates. */
    private boolean anyStored(List<? extends PriceBar> bars) {
        Map<String, LocalDate[]> ranges = new LinkedHashMap<>();
        for (PriceBar b : bars) {
            LocalDate[] r = ranges.computeIfAbsent(b.ticker(), t -> new LocalDate[]{b.date(), b.date()});
            if (b.date().isBefore(r[0])) r[0] = b.date();
            if (b.date().isAfter(r[1])) r[1] = b.date();
        }
        for (Map.Entry<String, LocalDate[]> e : ranges.entrySet()) {
            if (!jdbc.queryForList("SELECT 1 FROM prices WHERE ticker = ? AND trade_date BETWEEN ? AND ? FETCH FIRST 1 ROWS ONLY",
                    Integer.class, e.getKey(), Sql.date(e.getValue()[0]), Sql.date(e.getValue()[1])).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Inserts rows believed new; false (and nothing written) when one turns out to be stored already. */
    private static boolean insertNew(Connection c, List<? extends PriceBar> bars, List<Object[]> rows, String source)
            throws SQLException {
        Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
        try {
            if (c.isWrapperFor(PGConnection.class)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(PRICE.copy(), new StringReader(copyCsv(bars, source)));
            } else {
                int whole = rows.size() - rows.size() % ROWS_PER_INSERT;
                insertBatch(c, rows.subList(0, whole), ROWS_PER_INSERT);
                insertBatch(c, rows.subList(whole, rows.size()), 1);
            }
            if (savepoint != null) c.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) throw e;
            if (savepoint != null) c.rollback(savepoint);
            return false;
        } catch (IOException e) {
            throw new SQLException("COPY into prices failed: " + e.getMessage(), e);
        }
    }

    /**
     * Rows per INSERT statement on H2: it runs a batch statement by statement, and one statement of
     * many rows spares most of that per-statement work.
     */
    private static final int ROWS_PER_INSERT = 50;

    /** Rows in statements of {@code perStatement} rows each; {@code rows} holds a multiple of it. */
    private static void insertBatch(Connection c, List<Object[]> rows, int perStatement) throws SQLException {
        if (rows.isEmpty()) return;
        try (PreparedStatement p = c.prepareStatement(PRICE.insert(perStatement))) {
            int column = 0;
            for (Object[] row : rows) {
                for (Object value : row) p.setObject(++column, value);
                if (column == row.length * perStatement) {
                    p.addBatch();
                    column = 0;
                }
            }
            p.executeBatch();
        }
    }

    /**
     * Price rows per transaction that this database writes fastest: H2's commit costs more per row
     * the larger the transaction, PostgreSQL's commit waits for the disk, so fewer and larger ones.
     */
    public int priceRowsPerCommit() {
        return Upsert.product(jdbc).contains("h2") ? 1000 : 5000;
    }

    /**
     * False on H2: it writes one transaction at a time into a table, so a second writer only adds
     * contention and is slower than one.
     */
    public boolean writesPricesConcurrently() {
        return !Upsert.product(jdbc).contains("h2");
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof SQLException s && s.getNextException() != s ? s.getNextException() : null) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) return true;
        }
        return false;
    }

    /** The rows as COPY's CSV: text quoted, numbers plain, an empty unquoted field for null. */
    private static String copyCsv(List<? extends PriceBar> bars, String source) {
        StringBuilder b = new StringBuilder(bars.size() * 96);
        String quotedSource = quoted(source);
        for (PriceBar bar : bars) {
            b.append(quoted(bar.ticker())).append(',').append(bar.date());
            for (BigDecimal d : new BigDecimal[]{bar.open(), bar.high(), bar.low(), bar.close(), bar.adjClose(), bar.volume()}) {
                b.append(',');
                if (d != null) b.append(d.toPlainString());
            }
            b.append(',').append(quotedSource).append('\n');
        }
        return b.toString();
    }

    private static String quoted(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    public Optional<PriceBar> priceOn(String ticker, LocalDate date) {
        return jdbc.query("SELECT * FROM prices WHERE ticker = ? AND trade_date = ?", PriceStore::bar,
                ticker, Sql.date(date)).stream().findFirst();
    }

    public Optional<PriceBar> latestPriceOnOrBefore(String ticker, LocalDate date) {
        return jdbc.query("SELECT * FROM prices WHERE ticker = ? AND trade_date <= ? ORDER BY trade_date DESC "
                        + "FETCH FIRST 1 ROWS ONLY", PriceStore::bar, ticker, Sql.date(date)).stream().findFirst();
    }

    /** The tickers of the registry and of the listings, as stored, each once: what a price URL template is filled with. */
    public List<String> registeredTickers() {
        return jdbc.queryForList("SELECT ticker FROM companies WHERE ticker IS NOT NULL AND ticker <> '' "
                + "UNION SELECT ticker FROM listings ORDER BY 1", String.class);
    }

    public List<String> tickers() {
        return jdbc.queryForList("SELECT DISTINCT ticker FROM prices ORDER BY ticker", String.class);
    }

    private static PriceBar bar(ResultSet rs, int i) throws SQLException {
        return new PriceBar(rs.getString("ticker"), Sql.date(rs, "trade_date"), Sql.stripped(rs, "open_price"),
                Sql.stripped(rs, "high_price"), Sql.stripped(rs, "low_price"),
                Sql.stripped(rs, "close_price"), Sql.stripped(rs, "adj_close"), Sql.stripped(rs, "volume"));
    }
}
