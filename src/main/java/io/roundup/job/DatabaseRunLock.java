package io.roundup.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * One run at a time per database, however it is reached: a PostgreSQL server that several hosts
 * share, or an H2 database that is not the output folder's own file (a server, AUTO_SERVER, a file
 * elsewhere, which several output folders can name). The database itself holds the lock, on a
 * connection of its own kept for the whole run, and drops it when that connection ends, so a killed
 * process cannot leave it behind. PostgreSQL: a session-level advisory lock. Other databases: the
 * row of {@code roundup_run_lock}, locked FOR UPDATE in a transaction left open.
 * {@link #isHeld()} tells whether the connection, and with it the lock, is still there.
 */
final class DatabaseRunLock implements AutoCloseable {

    /** Arbitrary but fixed: "roundup" in ASCII. */
    static final long KEY = 0x726f756e647570L;

    private final Connection connection;
    private final boolean postgres;

    private DatabaseRunLock(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
    }

    /** The lock, held on {@code connection} (closed here when another run holds the lock), or null then. */
    static DatabaseRunLock tryAcquire(Connection connection) throws SQLException {
        try {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            boolean postgres = product.contains("postgres");
            if (postgres ? advisoryLock(connection) : rowLock(connection, product.equals("h2"))) {
                return new DatabaseRunLock(connection, postgres);
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    private static boolean advisoryLock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, KEY);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static boolean rowLock(Connection c, boolean h2) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS roundup_run_lock (id INT PRIMARY KEY)");
            try {
                s.execute("INSERT INTO roundup_run_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM roundup_run_lock WHERE id = 1)");
            } catch (SQLException e) {
                // another process inserted the row a moment before: it is there, which is all we need
            }
            if (h2) s.execute("SET LOCK_TIMEOUT 200"); // this session only: a held row answers at once
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM roundup_run_lock WHERE id = 1 FOR UPDATE")) {
            return rs.next();
        } catch (SQLException e) {
            if ("HYT00".equals(e.getSQLState()) || "55P03".equals(e.getSQLState()) || e.getErrorCode() == 50200) return false;
            throw e;
        }
    }

    /** Whether the lock's connection is still alive: when it is not, the database has let the lock go. */
    boolean isHeld() {
        try {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (postgres && isHeld()) {
                try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    s.setLong(1, KEY);
                    s.execute();
                }
            } else if (!postgres && isHeld()) {
                connection.rollback(); // ends the transaction that holds the row
            }
        } finally {
            connection.close();
        }
    }
}
