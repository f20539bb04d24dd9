package gongkai.app.launch;

import fish.payara.micro.PayaraMicro;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts Gongkai: the database (embedded PostgreSQL unless {@code GONGKAI_JDBC_URL} names an external one),
 * its migrations and roles, then Payara Micro with the application WAR at {@code /}.
 * See docs/decisions/001-launcher.md.
 */
public final class Launcher {

    /** System property the application waits on: starting, ready or failed (gongkai.app.platform.DatabaseStartup). */
    static final String DATABASE_STATE = "gongkai.database.state";

    /**
     * Payara settings applied before boot. Implicit bean archives off: CDI then looks only at the archives with a
     * beans.xml (ours, discovery mode "all") instead of searching every library jar for bean-defining annotations,
     * which cost seconds at each start (docs/benchmarks.md, start-up).
     */
    private static final String PREBOOT_COMMANDS = "set configs.config.server-config.cdi-service.enable-implicit-cdi=false\n";

    /**
     * Weld validates every beans.xml it reads (ours and those of Payara's own modules) against the CDI schemas, which
     * it first compiles: about half a second of each start (docs/decisions/019). Ours are checked by every start of
     * the integration tests, which fail when Weld cannot read them.
     */
    static final String WELD_XML_VALIDATION = "org.jboss.weld.xml.disableValidating";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        LaunchSettings settings = LaunchSettings.read();
        Files.createDirectories(settings.dataDirectory());
        Path war = findWar();
        // The server runs in a JVM of its own that maps a class-data archive of this build (decision 020); this JVM
        // starts it, waits for it and ends with it.
        Optional<ServerProcess.Start> server = ServerProcess.start(settings, war, args);
        if (server.isPresent()) {
            if (settings.classDataTraining() && Files.isRegularFile(server.get().archive().built())) {
                log("class-data archive of this build already made: " + server.get().archive().built());
                return;
            }
            System.exit(ServerProcess.run(server.get()));
        }
        ServerProcess.stopWithLauncher();

        // The database starts (and migrates) on its own thread while Payara Micro boots: both take seconds and
        // Payara needs the database only once the application starts (Bootstrap waits for it, see
        // gongkai.app.platform.DatabaseStartup). Everything the deployment reads is known before the database is up.
        DatabaseStart database = DatabaseStart.of(settings);
        System.setProperty(DATABASE_STATE, "starting");
        System.setProperty("gongkai.jdbc.url", database.url());
        System.setProperty("gongkai.jdbc.user", settings.appDbUser());
        System.setProperty("gongkai.jdbc.password", database.appPassword());
        System.setProperty("gongkai.demo", Boolean.toString(settings.demo()));
        System.setProperty("gongkai.data.dir", settings.dataDirectory().toString());
        System.setProperty("gongkai.port", Integer.toString(settings.port()));
        Thread databaseThread = new Thread(() -> {
            try {
                String schemaVersion = database.startAndMigrate();
                System.setProperty("gongkai.schema.version", schemaVersion);
                System.setProperty(DATABASE_STATE, "ready");
                log(String.format("database schema at version %s (%.1f s after launch)", schemaVersion,
                        (System.nanoTime() - started) / 1e9));
            } catch (Exception | Error e) {
                System.setProperty(DATABASE_STATE, "failed");
                log("the database did not start: " + e);
                e.printStackTrace();
                System.exit(1);
            }
        }, "gongkai-database-start");
        databaseThread.start();
        // Before Payara boots (about 50 ms, beside the database's start rather than before it).
        if (settings.startupJitDirectives()) {
            StartupOnlyCode.compileWithC1Only(settings.dataDirectory());
        }
        if (System.getProperty(WELD_XML_VALIDATION) == null) {
            System.setProperty(WELD_XML_VALIDATION, "true");
        }
        try {
            PayaraStores.useJksCopies(settings.dataDirectory());
        } catch (IOException | GeneralSecurityException e) {
            log("Payara's own key and trust stores are used as they are (no JKS copies: " + e + ")");
        }

        // Payara Micro keeps the applications it deployed in its root directory and would deploy the WAR a second
        // time beside --deploy on the next start: it starts from a clean root each time (it holds nothing of ours),
        // except for the runtime jars Payara unpacked there, which PayaraBoot unpacks only once.
        Path payaraRoot = settings.dataDirectory().resolve("payara");
        clearExceptRuntime(payaraRoot);
        Path preboot = settings.dataDirectory().resolve("payara-preboot.asadmin");
        Files.writeString(preboot, PREBOOT_COMMANDS);
        List<String> payaraArgs = new ArrayList<>(List.of(
                "--prebootcommandfile", preboot.toString(),
                // No Hazelcast at all: sessions stay in memory, Quartz clusters through the database (ADR 004).
                "--nohazelcast",
                "--port", Integer.toString(settings.port()),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--rootdir", payaraRoot.toString()));
        payaraArgs.addAll(List.of(args));
        if (settings.indexedPayaraBoot()) {
            PayaraBoot.start(payaraRoot, payaraArgs.toArray(String[]::new));
        } else {
            PayaraMicro.main(payaraArgs.toArray(String[]::new));
        }

        awaitApplication(settings.port());
        log(String.format("Gongkai is ready at http://localhost:%d/ (%.1f s after launch)",
                settings.port(), (System.nanoTime() - started) / 1e9));
        if (settings.classDataTraining()) {
            // The build's training run (decision 022): an orderly stop, at which HotSpot writes the archive of
            // every class the start loaded.
            log("training run: stopping so that the class-data archive is written");
            System.exit(0);
        }
    }

    /**
     * The application beside the launcher's jar: the exploded directory Maven leaves in target/ (deploys seconds
     * faster: nothing to unpack), else the WAR.
     */
    static Path findWar() throws URISyntaxException {
        Path here = location();
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

    /** Where the launcher's classes are: its jar, or a directory when it runs from classes (an IDE). */
    static Path location() throws URISyntaxException {
        return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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

    private static void clearExceptRuntime(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (var children = Files.list(root)) {
            for (Path child : children.filter(c -> !c.getFileName().toString().equals("runtime")).toList()) {
                PathUtils.delete(child);
            }
        }
    }

    static void log(String message) {
        System.out.println("[gongkai] " + message);
    }
}
