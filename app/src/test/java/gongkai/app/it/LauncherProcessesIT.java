package gongkai.app.it;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's {@code java -jar} as a user runs it (decision 020): the launcher starts the server in a JVM of its own.
 * Stopping the launcher with a signal stops the server in order, and HotSpot writes a class-data archive of the build
 * as it exits; the next start maps it. Killing the launcher with {@code kill -9} stops the server at once (the next
 * start stops the PostgreSQL it left: EmbeddedDatabaseTest).
 */
class LauncherProcessesIT {

    private static final String ADMIN_PASSWORD = "it-launcher-admin-1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void the_server_runs_in_its_own_jvm_with_the_archive_of_its_build_and_stops_with_the_launcher() throws Exception {
        Path dir = Path.of("target/it-launcher").toAbsolutePath();
        PathUtils.delete(dir);
        Files.createDirectories(dir);
        Path data = dir.resolve("data");
        int port = Server.freePort();

        List<Process> launchers = new ArrayList<>();
        try {
            Process first = start(launchers, dir, data, port, "first.log");
            ProcessHandle firstServer = server(first);
            assertThat(arguments(firstServer)).contains("-Dgongkai.process=server", "-Xmx768m")
                    .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + data.resolve("class-data")))
                    .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
            HttpResponse<String> token = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/me/tokens"))
                    .header("Authorization", basic()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"kept\",\"validDays\":30}")));
            assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
            String secret = Api.JSON.readTree(token.body()).get("secret").asText();

            first.destroy(); // SIGTERM to the launcher
            assertThat(first.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(firstServer.isAlive()).as("the launcher ends after its server").isFalse();
            assertThat(Files.readString(dir.resolve("first.log"))).doesNotContain("the launcher process is gone");
            assertThat(data.resolve("postgres/postmaster.pid")).as("the server stopped its PostgreSQL: an orderly stop")
                    .doesNotExist();
            List<Path> archives;
            try (Stream<Path> files = Files.list(data.resolve("class-data"))) {
                archives = files.toList();
            }
            assertThat(archives).as("written as the server stopped").singleElement()
                    .satisfies(a -> assertThat(a.getFileName().toString()).matches("gongkai-[0-9a-f]{8}\\.jsa"));
            assertThat(Files.size(archives.get(0))).isGreaterThan(10 << 20);

            Process second = start(launchers, dir, data, port, "second.log");
            ProcessHandle secondServer = server(second);
            assertThat(arguments(secondServer)).contains("-XX:SharedArchiveFile=" + archives.get(0))
                    .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
            HttpResponse<String> me = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/me"))
                    .header("Authorization", "Bearer " + secret));
            assertThat(me.statusCode()).as("what the first server committed is there: " + me.body()).isEqualTo(200);

            second.destroyForcibly(); // kill -9 of the launcher alone
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(secondServer.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("the server stops with it")
                    .isFalse();
            assertThatThrownBy(() -> send(port, HttpRequest.newBuilder(uri(port, "/health/ready"))))
                    .isInstanceOf(ConnectException.class);
            assertThat(Files.readString(dir.resolve("second.log"))).contains("the launcher process is gone");
            assertThat(data.resolve("postgres/postmaster.pid")).as("a server stopped at once leaves its PostgreSQL")
                    .exists();
        } finally {
            stop(launchers, data);
        }
    }

    /** Nothing of a test keeps running: the launchers, their servers, the PostgreSQL the last one left. */
    private static void stop(List<Process> launchers, Path data) throws Exception {
        for (Process launcher : launchers) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
            launcher.waitFor(30, TimeUnit.SECONDS);
        }
        stopPostgres(data);
    }

    @Test
    void a_start_as_the_readme_runs_it_maps_the_archive_of_the_builds_training_run() throws Exception {
        List<Path> built;
        try (Stream<Path> files = Files.list(Path.of("target/class-data"))) {
            built = files.map(Path::toAbsolutePath).toList();
        }
        assertThat(built).as("the archive the package's training run left (decision 022)").singleElement()
                .satisfies(a -> assertThat(a.getFileName().toString()).matches("gongkai-[0-9a-f]{8}\\.jsa"));
        Path dir = Path.of("target/it-launcher-readme").toAbsolutePath();
        PathUtils.delete(dir);
        Files.createDirectories(dir);
        Path data = dir.resolve("data");
        int port = Server.freePort();
        List<Process> launchers = new ArrayList<>();
        try {
            // no JVM options, as in the README: the archive is named by them
            Process launcher = start(launchers, Server.launcher(dir.resolve("readme.log"), List.of()), data, port);
            ProcessHandle server = server(launcher);
            assertThat(arguments(server)).contains("-XX:SharedArchiveFile=" + built.get(0))
                    .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
            // HotSpot maps it only if it matches this JVM and class path; otherwise it loads every class as without
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(server.pid()), "PerfCounter.print").redirectErrorStream(true).start();
            String counters = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            long shared = counters.lines().filter(l -> l.startsWith("java.cls.sharedLoadedClasses="))
                    .mapToLong(l -> Long.parseLong(l.substring(l.indexOf('=') + 1).strip())).findFirst().orElse(0);
            assertThat(shared).as("classes loaded from the archive").isGreaterThan(10_000);

            launcher.destroy();
            assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(data.resolve("class-data")).as("nothing recorded: the build's archive serves").satisfiesAnyOf(
                    d -> assertThat(d).doesNotExist(), d -> assertThat(d).isEmptyDirectory());
        } finally {
            stop(launchers, data);
        }
    }

    /** SIGTERM to the PostgreSQL named in the directory's postmaster.pid, if it runs, and a wait for it. */
    private static void stopPostgres(Path data) throws Exception {
        Path pidFile = data.resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
        if (postmaster.isPresent()) {
            postmaster.get().destroy();
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        }
    }

    private static Process start(List<Process> launchers, Path dir, Path data, int port, String log) throws Exception {
        return start(launchers, Server.launcher(dir.resolve(log)), data, port);
    }

    /** Starts the launcher on the data directory and port and waits until it is ready. */
    private static Process start(List<Process> launchers, ProcessBuilder builder, Path data, int port)
            throws Exception {
        builder.environment().put("GONGKAI_DATA_DIR", data.toString());
        builder.environment().put("GONGKAI_PORT", Integer.toString(port));
        builder.environment().put("GONGKAI_DB_DURABLE", "false");
        builder.environment().put("GONGKAI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("GONGKAI_DEMO", "false");
        for (String variable : List.of("GONGKAI_CLASS_DATA_ARCHIVE", "GONGKAI_CLASS_DATA_TRAINING", "JDK_JAVA_OPTIONS",
                "JAVA_TOOL_OPTIONS")) {
            builder.environment().remove(variable);
        }
        Process launcher = builder.start();
        launchers.add(launcher);
        Server.awaitReady(launcher, port, builder.redirectOutput().file().toPath());
        return launcher;
    }

    /** The launcher's one child JVM: the server. */
    private static ProcessHandle server(Process launcher) {
        List<ProcessHandle> children = launcher.children().toList();
        assertThat(children).hasSize(1);
        return children.get(0);
    }

    private static List<String> arguments(ProcessHandle process) {
        return List.of(process.info().arguments().orElseThrow());
    }

    private static HttpResponse<String> send(int port, HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
