package gongkai.app.launch;

import fish.payara.micro.PayaraMicro;
import gongkai.db.DatabaseSetup;
import gongkai.db.EmbeddedDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts Gongkai: the database (embedded PostgreSQL unless {@code GONGKAI_JDBC_URL} names an external one),
 * its migrations and roles, then Payara Micro with the application WAR at {@code /}.
 * See docs/decisions/001-launcher.md.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        LaunchSettings settings = LaunchSettings.read();
        Files.createDirectories(settings.dataDirectory());

        String url;
        String ownerUser;
        String ownerPassword;
        if (settings.jdbcUrl().isPresent()) {
            url = settings.jdbcUrl().get();
            ownerUser = settings.dbUser();
            ownerPassword = settings.dbPassword();
            log("using the external database " + url);
        } else {
            EmbeddedDatabase db = EmbeddedDatabase.start(settings.dataDirectory().resolve("postgres"),
                    settings.embeddedDbPort(), settings.durable());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(db), "gongkai-postgres-stop"));
            Files.writeString(settings.dataDirectory().resolve("postgres.port"), Integer.toString(db.port()));
            ownerUser = EmbeddedDatabase.superuser();
            ownerPassword = "";
            DatabaseSetup.ensureDatabase("jdbc:postgresql://127.0.0.1:" + db.port(), ownerUser, ownerPassword,
                    DatabaseSetup.DATABASE);
            url = db.jdbcUrl(DatabaseSetup.DATABASE);
            log("embedded PostgreSQL on 127.0.0.1:" + db.port() + ", data in " + settings.dataDirectory()
                    + (settings.durable() ? "" : " (durability OFF: for tests only)"));
        }

        String appPassword = settings.appDbPassword().orElse(null);
        if (appPassword == null) {
            appPassword = DatabaseSetup.ensureAppRole(url, ownerUser, ownerPassword, settings.appDbUser());
        }
        String schemaVersion = DatabaseSetup.migrate(url, ownerUser, ownerPassword, settings.appDbUser());
        log("database schema at version " + schemaVersion);

        System.setProperty("gongkai.jdbc.url", url);
        System.setProperty("gongkai.jdbc.user", settings.appDbUser());
        System.setProperty("gongkai.jdbc.password", appPassword);
        System.setProperty("gongkai.schema.version", schemaVersion);
        System.setProperty("gongkai.demo", Boolean.toString(settings.demo()));
        System.setProperty("gongkai.data.dir", settings.dataDirectory().toString());
        System.setProperty("gongkai.port", Integer.toString(settings.port()));

        Path war = findWar();
        // Payara Micro keeps the applications it deployed in its root directory and would deploy the WAR a second
        // time beside --deploy on the next start: it starts from a clean root each time (it holds nothing of ours).
        Path payaraRoot = settings.dataDirectory().resolve("payara");
        deleteTree(payaraRoot);
        List<String> payaraArgs = new ArrayList<>(List.of(
                // No Hazelcast at all: sessions stay in memory, Quartz clusters through the database (ADR 004).
                "--nohazelcast",
                "--port", Integer.toString(settings.port()),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--rootdir", payaraRoot.toString()));
        payaraArgs.addAll(List.of(args));
        PayaraMicro.main(payaraArgs.toArray(String[]::new));

        awaitApplication(settings.port());
        log(String.format("Gongkai is ready at http://localhost:%d/ (%.1f s after launch)",
                settings.port(), (System.nanoTime() - started) / 1e9));
    }

    /**
     * The application beside the launcher's jar: the exploded directory Maven leaves in target/ (deploys seconds
     * faster: nothing to unpack), else the WAR.
     */
    private static Path findWar() throws URISyntaxException {
        Path here = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = here.getParent();
        if (Files.isRegularFile(dir.resolve("gongkai/WEB-INF/web.xml")) || Files.isDirectory(dir.resolve("gongkai/WEB-INF/lib"))) {
            return dir.resolve("gongkai").normalize();
        }
        for (Path candidate : List.of(dir.resolve("gongkai.war"), dir.resolve("../gongkai.war"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("gongkai.war not found next to " + here + ": run 'mvn package' first");
    }

    /**
     * Payara Micro reports success even when the deployment failed (see ../shared/stack-notes.md):
     * wait for the application's own status endpoint and stop if it never appears.
     */
    private static void awaitApplication(int port) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/status"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int status = -1;
        while (System.nanoTime() < deadline) {
            try {
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
                if (status == 404) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        log("the application did not deploy (status " + status + "); see the log above. Stopping.");
        System.exit(1);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void close(EmbeddedDatabase db) {
        try {
            db.close();
        } catch (IOException e) {
            log("stopping PostgreSQL: " + e.getMessage());
        }
    }

    static void log(String message) {
        System.out.println("[gongkai] " + message);
    }
}
