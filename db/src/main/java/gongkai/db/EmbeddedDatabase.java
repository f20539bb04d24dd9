package gongkai.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        stopLeftOver(dataDirectory);
        return new EmbeddedDatabase(builder.start());
    }

    /**
     * Stops the PostgreSQL a killed server left running on this directory. The server starts PostgreSQL as a process
     * of its own (pg_ctl), which outlives a JVM ended with {@code kill -9} and keeps the directory: without this the
     * next start failed, waiting for a server of its own that could not start. The PostgreSQL is the server's when
     * no JVM holds zonky's lock on the directory (the operating system releases it with the process that held it);
     * otherwise a running server uses it, and zonky refuses the start as before. Stopped with SIGTERM (PostgreSQL's
     * smart shutdown: its clients died with the JVM), or killed after a minute; a crash recovery at the start that
     * follows replays what was committed.
     */
    static void stopLeftOver(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.isRegularFile(pidFile) || !Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return;
            }
            Optional<ProcessHandle> postmaster = postmaster(pidFile, dataDirectory);
            if (postmaster.isEmpty()) {
                return;
            }
            ProcessHandle left = postmaster.get();
            left.destroy();
            try {
                left.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException slow) {
                left.destroyForcibly();
                left.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (OverlappingFileLockException heldHere) {
            // this JVM runs a PostgreSQL on the directory: not left over
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL left on " + dataDirectory, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the PostgreSQL left on " + dataDirectory + " did not stop", e);
        }
    }

    /** The live postgres process that postmaster.pid names, if it serves this directory. */
    private static Optional<ProcessHandle> postmaster(Path pidFile, Path dataDirectory) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        Path served = Path.of(lines.get(1).strip());
        if (!served.toAbsolutePath().normalize().equals(dataDirectory.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                        .orElse(false));
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
