package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.db.EmbeddedDatabase;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2: with GONGKAI_JDBC_URL the same build uses an external PostgreSQL instead of the embedded one, migrates
 * it, creates its application role, and adds no demo data unless asked. The "external" server here is a separate
 * PostgreSQL process the test starts itself; the launcher only gets its URL and owner credentials.
 */
class ExternalDatabaseIT {

    private static final String ADMIN_PASSWORD = "it-external-admin-1";

    @Test
    void the_same_build_runs_on_an_external_postgresql_without_demo_data() throws Exception {
        Path dir = Path.of("target/it-external").toAbsolutePath();
        PathUtils.delete(dir);
        Files.createDirectories(dir);
        try (EmbeddedDatabase external = EmbeddedDatabase.start(dir.resolve("external-pg"), 0, false)) {
            try (Connection c = owner(external.port(), "postgres"); Statement s = c.createStatement()) {
                s.execute("create database gongkai_prod");
            }
            int port = Server.freePort();
            Path data = dir.resolve("data");
            ProcessBuilder builder = Server.launcher(dir.resolve("server.log"));
            builder.environment().put("GONGKAI_DATA_DIR", data.toString());
            builder.environment().put("GONGKAI_PORT", Integer.toString(port));
            builder.environment().put("GONGKAI_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + external.port()
                    + "/gongkai_prod");
            builder.environment().put("GONGKAI_DB_USER", EmbeddedDatabase.superuser());
            builder.environment().put("GONGKAI_DB_PASSWORD", "");
            builder.environment().put("GONGKAI_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().remove("GONGKAI_DEMO");
            Process process = builder.start();
            try {
                Server.awaitReady(process, port, dir.resolve("server.log"));

                HttpResponse<String> tenants = get(port, "/api/v1/tenants");
                assertThat(tenants.statusCode()).as(tenants.body()).isEqualTo(200);
                JsonNode tree = Api.JSON.readTree(tenants.body());
                assertThat(tree.toString()).as("no demo jurisdictions with an external database")
                        .doesNotContain("jinchang").doesNotContain("jiangmen");

                assertThat(Files.exists(data.resolve("postgres"))).as("no embedded database started").isFalse();
                try (Connection c = owner(external.port(), "gongkai_prod"); Statement s = c.createStatement()) {
                    try (ResultSet rs = s.executeQuery("select max(version::int) from flyway_schema_history"
                            + " where success")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).as("migrated").isGreaterThanOrEqualTo(7);
                    }
                    try (ResultSet rs = s.executeQuery("select rolsuper, rolbypassrls from pg_roles"
                            + " where rolname = 'gongkai_app'")) {
                        assertThat(rs.next()).as("the application role exists").isTrue();
                        assertThat(rs.getBoolean(1)).isFalse();
                        assertThat(rs.getBoolean(2)).isFalse();
                    }
                    try (ResultSet rs = s.executeQuery("select count(*) from tenant")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).as("only the platform").isEqualTo(1);
                    }
                }
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
    }

    private static Connection owner(int port, String database) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                EmbeddedDatabase.superuser(), "");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }
}
