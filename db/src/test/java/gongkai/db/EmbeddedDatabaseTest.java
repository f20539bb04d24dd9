package gongkai.db;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A JVM killed with {@code kill -9} leaves its embedded PostgreSQL running on the data directory; the next start on
 * that directory stops it and starts, with the committed data; a PostgreSQL whose JVM is alive is left alone.
 */
class EmbeddedDatabaseTest {

    @Test
    void a_start_after_the_jvm_was_killed_stops_the_postgresql_it_left_and_keeps_its_data() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "left-pg-").resolve("postgres");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        int leftPort;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
                assertThat(line).as("the holding JVM's output ended before it started PostgreSQL").isNotNull();
            } while (!line.startsWith("port "));
            leftPort = Integer.parseInt(line.substring(5));
            try (Connection c = owner(leftPort); Statement s = c.createStatement()) {
                s.execute("create table kept (v text)");
                s.execute("insert into kept values ('committed before the kill')");
            }
            jvm.destroyForcibly();
            assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Connection c = owner(leftPort)) {
            assertThat(c.isValid(5)).as("PostgreSQL outlives the JVM that started it").isTrue();
        }

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0, false)) {
            assertThatThrownBy(() -> owner(leftPort).close()).as("the left PostgreSQL is stopped")
                    .isInstanceOf(SQLException.class);
            try (Connection c = owner(db.port()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select v from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("committed before the kill");
            }
            // The directory's PostgreSQL now belongs to this JVM: another start leaves it alone (zonky refuses).
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir, 0, false)).isInstanceOf(IllegalStateException.class);
            try (Connection c = owner(db.port())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    private static Connection owner(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                EmbeddedDatabase.superuser(), "");
    }

    /** Starts PostgreSQL on the directory, prints its port and waits to be killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0, false);
            System.out.println("port " + db.port());
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
