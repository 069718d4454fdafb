package org.jrag.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The PostgreSQL + pgvector server that integration tests run against: one switch for every module.
 *
 * <p>{@code TEST_JDBC_URL} (with {@code TEST_JDBC_USER}, {@code TEST_JDBC_PASSWORD}) wins when set, as in CI and on
 * machines with a local server; otherwise a Testcontainers pgvector container where a Docker engine answers;
 * otherwise the tests fail with a message saying what to do. They never skip silently.
 */
public final class TestDatabase {

    /** Connection coordinates of a test database. */
    public record Db(String url, String user, String password) {
        public Db {
            if (url == null || !url.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("url must be a jdbc:postgresql:// URL, got: " + url);
            }
        }

        /** The same server, another database. */
        public Db withDatabase(String databaseName) {
            int slash = url.indexOf('/', "jdbc:postgresql://".length());
            int query = url.indexOf('?', slash);
            String tail = query < 0 ? "" : url.substring(query);
            return new Db(url.substring(0, slash + 1) + databaseName + tail, user, password);
        }
    }

    private static final String IMAGE = "pgvector/pgvector:pg17";
    private static Db db;

    private TestDatabase() {}

    /** The shared test database, resolved once per JVM. */
    public static synchronized Db get() {
        if (db != null) {
            return db;
        }
        String url = System.getenv("TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            db = new Db(url, env("TEST_JDBC_USER", "postgres"), env("TEST_JDBC_PASSWORD", ""));
        } else if (DockerClientFactory.instance().isDockerAvailable()) {
            var container = new PostgreSQLContainer(DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("postgres"));
            container.start(); // Ryuk removes it when the JVM exits
            db = new Db(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        } else {
            throw new IllegalStateException("Integration tests need PostgreSQL with pgvector: set TEST_JDBC_URL"
                    + " (for example jdbc:postgresql://127.0.0.1:5432/rag_test after scripts/ensure-postgres.sh rag_test)"
                    + " or start a Docker engine for Testcontainers.");
        }
        return db;
    }

    /** A fresh, empty database of that name on the test server: dropped (with its connections) and created again. */
    public static Db recreate(String databaseName) {
        if (!databaseName.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("databaseName must match [a-z][a-z0-9_]{0,62}, got: " + databaseName);
        }
        Db base = get();
        try (Connection c = DriverManager.getConnection(base.url(), base.user(), base.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + databaseName);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not recreate test database " + databaseName + ": " + e.getMessage(), e);
        }
        return base.withDatabase(databaseName);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
