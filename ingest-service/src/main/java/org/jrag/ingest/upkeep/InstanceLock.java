package org.jrag.ingest.upkeep;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that one ingest-service instance at a time does (a folder sync, a crawl): it runs while its instance holds a
 * PostgreSQL session advisory lock, and an instance that cannot take the lock skips it. The lock goes with the
 * session, so an instance that dies mid-work frees it.
 */
public final class InstanceLock {

    private static final Logger log = LoggerFactory.getLogger(InstanceLock.class);

    private InstanceLock() {}

    /**
     * Runs {@code work} holding the advisory lock {@code key}, unless another instance holds it or the database cannot
     * be asked for it (either is logged, naming {@code what}).
     *
     * @return whether the work ran
     */
    public static boolean runExclusively(DataSource dataSource, long key, String what, Runnable work) {
        try {
            boolean ran = runIfFree(dataSource, key, work);
            if (!ran) {
                log.info("{} skipped: another instance is at it", what);
            }
            return ran;
        } catch (SQLException e) {
            log.warn("{} skipped: {}", what, e.getMessage());
            return false;
        }
    }

    private static boolean runIfFree(DataSource dataSource, long key, Runnable work) throws SQLException {
        try (Connection lock = dataSource.getConnection();
                Statement statement = lock.createStatement()) {
            try (ResultSet acquired = statement.executeQuery("SELECT pg_try_advisory_lock(" + key + ")")) {
                if (!acquired.next() || !acquired.getBoolean(1)) {
                    return false;
                }
            }
            try {
                work.run();
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + key + ")");
            }
            return true;
        }
    }
}
