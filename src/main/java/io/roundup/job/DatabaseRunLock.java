package io.roundup.job;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One run at a time per PostgreSQL database, for hosts that share it: a session-level advisory
 * lock held on a connection kept open for the whole run. The server drops it when the connection
 * ends, so a killed process cannot leave it behind. Other databases need nothing more than the
 * folder lock (the embedded H2 file lives in the locked output folder).
 */
final class DatabaseRunLock implements AutoCloseable {

    /** Arbitrary but fixed: "roundup" in ASCII. */
    private static final long KEY = 0x726f756e647570L;

    private final Connection connection;

    private DatabaseRunLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock, a no-op lock on a database without advisory locks, or null when another run holds it. */
    static DatabaseRunLock tryAcquire(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            c.close();
            return new DatabaseRunLock(null);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, KEY);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) return new DatabaseRunLock(c);
            }
        }
        c.close();
        return null;
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) return;
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            s.setLong(1, KEY);
            s.execute();
        } finally {
            connection.close();
        }
    }
}
