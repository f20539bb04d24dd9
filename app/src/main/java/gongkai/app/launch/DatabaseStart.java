package gongkai.app.launch;

import gongkai.db.DatabaseSetup;
import gongkai.db.EmbeddedDatabase;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;

/**
 * The database the launcher brings up: the embedded PostgreSQL (on a port chosen before it starts, so that the
 * application's connection settings are known at once) or an external one, then the application role and the
 * migrations.
 */
final class DatabaseStart {

    private final LaunchSettings settings;
    private final int embeddedPort;
    private final String url;
    private final String appPassword;
    private final boolean createAppRole;

    private DatabaseStart(LaunchSettings settings, int embeddedPort, String url, String appPassword,
            boolean createAppRole) {
        this.settings = settings;
        this.embeddedPort = embeddedPort;
        this.url = url;
        this.appPassword = appPassword;
        this.createAppRole = createAppRole;
    }

    static DatabaseStart of(LaunchSettings settings) throws IOException {
        String givenPassword = settings.appDbPassword().orElse(null);
        String appPassword = givenPassword != null ? givenPassword : DatabaseSetup.randomSecret();
        if (settings.jdbcUrl().isPresent()) {
            return new DatabaseStart(settings, -1, settings.jdbcUrl().get(), appPassword, givenPassword == null);
        }
        int port = settings.embeddedDbPort() > 0 ? settings.embeddedDbPort() : freePort();
        return new DatabaseStart(settings, port, "jdbc:postgresql://127.0.0.1:" + port + "/" + DatabaseSetup.DATABASE,
                appPassword, givenPassword == null);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String url() {
        return url;
    }

    String appPassword() {
        return appPassword;
    }

    /** Starts the database if embedded, ensures the role, migrates; returns the schema version. */
    String startAndMigrate() throws Exception {
        String ownerUser;
        String ownerPassword;
        if (embeddedPort < 0) {
            ownerUser = settings.dbUser();
            ownerPassword = settings.dbPassword();
            Launcher.log("using the external database " + url);
        } else {
            EmbeddedDatabase db = EmbeddedDatabase.start(settings.dataDirectory().resolve("postgres"), embeddedPort,
                    settings.durable());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(db), "gongkai-postgres-stop"));
            Files.writeString(settings.dataDirectory().resolve("postgres.port"), Integer.toString(db.port()));
            ownerUser = EmbeddedDatabase.superuser();
            ownerPassword = "";
            DatabaseSetup.ensureDatabase("jdbc:postgresql://127.0.0.1:" + db.port(), ownerUser, ownerPassword,
                    DatabaseSetup.DATABASE);
            Launcher.log("embedded PostgreSQL on 127.0.0.1:" + db.port() + ", data in " + settings.dataDirectory()
                    + (settings.durable() ? "" : " (durability OFF: for tests only)"));
        }
        if (createAppRole) {
            DatabaseSetup.ensureAppRole(url, ownerUser, ownerPassword, settings.appDbUser(), appPassword);
        }
        return DatabaseSetup.migrate(url, ownerUser, ownerPassword, settings.appDbUser());
    }

    private static void close(EmbeddedDatabase db) {
        try {
            db.close();
        } catch (IOException e) {
            Launcher.log("stopping PostgreSQL: " + e.getMessage());
        }
    }
}
