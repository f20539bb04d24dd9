package gongkai.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server run from the zonky binaries, with its data kept in a directory that survives restarts.
 *
 * <p>zonky's defaults are made for throw-away test databases: fsync, synchronous_commit and full_page_writes off.
 * A durable instance switches them back on (a committed answer must survive a crash); tests may keep them off.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        String onOff = durable ? "on" : "off";
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", onOff)
                .setServerConfig("synchronous_commit", onOff)
                .setServerConfig("full_page_writes", onOff)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200")
                // autovacuum looks at the tables every 10 s instead of every minute: a new campaign's responses get
                // statistics (V15) before the planner guesses long (docs/decisions/015)
                .setServerConfig("autovacuum_naptime", "10s")
                .setServerConfig("listen_addresses", "127.0.0.1");
        if (port > 0) {
            builder.setPort(port);
        }
        return new EmbeddedDatabase(builder.start());
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of a database on this server, as the superuser sees it. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public static String superuser() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
