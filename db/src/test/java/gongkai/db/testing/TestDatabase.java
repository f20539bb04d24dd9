package gongkai.db.testing;

import gongkai.db.DatabaseSetup;
import gongkai.db.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A real, migrated PostgreSQL for tests: one embedded server per test JVM, durability off, data under target/.
 * Connect as the owner with {@link #owner()} or as the application's role with {@link #app()}.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final EmbeddedDatabase server;
    private final String url;
    private final String appPassword;

    private TestDatabase(EmbeddedDatabase server, String url, String appPassword) {
        this.server = server;
        this.url = url;
        this.appPassword = appPassword;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory(Path.of("target"), "test-pg-");
                EmbeddedDatabase server = EmbeddedDatabase.start(dir.toAbsolutePath(), 0, false);
                String serverUrl = "jdbc:postgresql://127.0.0.1:" + server.port();
                DatabaseSetup.ensureDatabase(serverUrl, EmbeddedDatabase.superuser(), "", DatabaseSetup.DATABASE);
                String url = server.jdbcUrl(DatabaseSetup.DATABASE);
                String appPassword = DatabaseSetup.ensureAppRole(url, EmbeddedDatabase.superuser(), "", DatabaseSetup.APP_ROLE);
                DatabaseSetup.migrate(url, EmbeddedDatabase.superuser(), "", DatabaseSetup.APP_ROLE);
                instance = new TestDatabase(server, url, appPassword);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public Connection owner() throws SQLException {
        return DriverManager.getConnection(url, EmbeddedDatabase.superuser(), "");
    }

    public Connection app() throws SQLException {
        return DriverManager.getConnection(url, DatabaseSetup.APP_ROLE, appPassword);
    }

    /** The application's role as a data source (unpooled), for code that takes one. */
    public javax.sql.DataSource appDataSource() {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setURL(url);
        source.setUser(DatabaseSetup.APP_ROLE);
        source.setPassword(appPassword);
        return source;
    }
}
