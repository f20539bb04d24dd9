package gongkai.app.it;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real server, started once per test JVM exactly as a user starts it (the launcher jar), on a fresh embedded
 * PostgreSQL under target/it with durability off. Tests reach it over HTTP and its database over JDBC.
 */
public final class Server {

    public static final String ADMIN_PASSWORD = "it-admin-password-1";

    private static Server instance;

    private final int port;
    private final int dbPort;
    private final Process process;

    private Server(int port, int dbPort, Process process) {
        this.port = port;
        this.dbPort = dbPort;
        this.process = process;
    }

    public static synchronized Server get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public int port() {
        return port;
    }

    /** The database as its owner sees it (bypassing row-level security): for checking what was written. */
    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/gongkai", "postgres", "");
    }

    private static Server start() {
        try {
            Path dir = Path.of(System.getProperty("gongkai.it.dir", "target/it")).toAbsolutePath();
            PathUtils.delete(dir);
            Files.createDirectories(dir);
            int port = freePort();
            ProcessBuilder builder = launcher(dir.resolve("server.log"));
            builder.environment().put("GONGKAI_DATA_DIR", dir.resolve("data").toString());
            builder.environment().put("GONGKAI_PORT", Integer.toString(port));
            builder.environment().put("GONGKAI_DB_DURABLE", "false");
            builder.environment().put("GONGKAI_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("GONGKAI_DEMO", "true");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.destroy();
                try {
                    process.waitFor();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }));
            awaitReady(process, port, dir.resolve("server.log"));
            int dbPort = Integer.parseInt(Files.readString(dir.resolve("data").resolve("postgres.port")).trim());
            return new Server(port, dbPort, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The README's {@code java -jar} of the launcher jar this build made (with a heap limit for the test machine),
     * its output to {@code log}; the caller adds the settings.
     */
    static ProcessBuilder launcher(Path log) {
        return launcher(log, List.of("-Xmx768m"));
    }

    /** The launcher jar under this JDK with these JVM options (none: as the README runs it). */
    static ProcessBuilder launcher(Path log, List<String> jvmOptions) {
        Path jar = Path.of(System.getProperty("gongkai.launcher.jar", "target/gongkai-launcher.jar")).toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
    }

    static void awaitReady(Process process, int port, Path log) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        // A loaded machine (shared build hosts) may need longer: -Dgongkai.it.startMinutes=N
        long minutes = Long.getLong("gongkai.it.startMinutes", 4);
        long deadline = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the server was not ready within " + minutes + " minutes; see " + log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
