package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's {@code java -jar} as a user runs it (decision 020): the launcher starts the server in a JVM of its own,
 * which writes a class-data archive of the build after its first start and maps it at the next. Killing the launcher
 * with {@code kill -9} stops the server at once (and the next start stops the PostgreSQL it left); stopping the
 * launcher with a signal stops the server in order.
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

        Process first = start(dir, data, port, "first.log");
        ProcessHandle firstServer = server(first);
        assertThat(arguments(firstServer)).contains("-XX:+RecordDynamicDumpInfo", "-Dgongkai.process=server", "-Xmx768m")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        Path archive = awaitArchive(data.resolve("class-data"));
        HttpResponse<String> token = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/me/tokens"))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"kept\",\"validDays\":30}")));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        String secret = Api.JSON.readTree(token.body()).get("secret").asText();

        first.destroyForcibly(); // kill -9 of the launcher alone
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(firstServer.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("the server stops with it").isFalse();
        assertThatThrownBy(() -> send(port, HttpRequest.newBuilder(uri(port, "/health/ready"))))
                .isInstanceOf(ConnectException.class);
        assertThat(Files.readString(dir.resolve("first.log"))).contains("the launcher process is gone");
        assertThat(data.resolve("postgres/postmaster.pid")).as("a server stopped at once leaves its PostgreSQL")
                .exists();

        Process second = start(dir, data, port, "second.log");
        ProcessHandle secondServer = server(second);
        assertThat(arguments(secondServer)).contains("-XX:SharedArchiveFile=" + archive)
                .doesNotContain("-XX:+RecordDynamicDumpInfo");
        HttpResponse<String> me = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/me"))
                .header("Authorization", "Bearer " + secret));
        assertThat(me.statusCode()).as("what the first server committed is there: " + me.body()).isEqualTo(200);
        JsonNode who = Api.JSON.readTree(me.body());
        assertThat(who.get("username").asText()).isEqualTo("admin");

        second.destroy(); // SIGTERM to the launcher
        assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(secondServer.isAlive()).as("the launcher ends after its server").isFalse();
        assertThat(Files.readString(dir.resolve("second.log"))).doesNotContain("the launcher process is gone");
        assertThat(data.resolve("postgres/postmaster.pid")).as("the server stopped its PostgreSQL: an orderly stop")
                .doesNotExist();
        try (Stream<Path> files = Files.list(data.resolve("class-data"))) {
            assertThat(files.toList()).containsExactly(archive);
        }
    }

    private static Process start(Path dir, Path data, int port, String log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", Path.of(System.getProperty("gongkai.launcher.jar", "target/gongkai-launcher.jar"))
                .toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile());
        builder.environment().put("GONGKAI_DATA_DIR", data.toString());
        builder.environment().put("GONGKAI_PORT", Integer.toString(port));
        builder.environment().put("GONGKAI_DB_DURABLE", "false");
        builder.environment().put("GONGKAI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("GONGKAI_DEMO", "false");
        builder.environment().remove("GONGKAI_CLASS_DATA_ARCHIVE");
        Process launcher = builder.start();
        Server.awaitReady(launcher, port, dir.resolve(log));
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

    /** The archive appears some seconds after the first start is ready (HotSpot writes about 100 MB). */
    private static Path awaitArchive(Path directory) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    List<Path> archives = files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
                    if (!archives.isEmpty()) {
                        return archives.get(0);
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no class-data archive in " + directory + " two minutes after the first start");
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
