package gongkai.app.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What the launcher reads before the server exists. Each setting is an environment variable
 * ({@code GONGKAI_PORT}) or the matching system property ({@code gongkai.port}); the application reads the
 * same names later through MicroProfile Config. README.md lists them all.
 */
record LaunchSettings(
        Path dataDirectory,
        int port,
        Optional<String> jdbcUrl,
        String dbUser,
        String dbPassword,
        String appDbUser,
        Optional<String> appDbPassword,
        boolean demo,
        boolean durable,
        int embeddedDbPort,
        boolean startupJitDirectives,
        boolean indexedPayaraBoot,
        boolean classDataArchive,
        boolean classDataTraining) {

    static LaunchSettings read() {
        Path dataDirectory = Path.of(setting("GONGKAI_DATA_DIR")
                .orElse(System.getProperty("user.home") + "/.gongkai/data")).toAbsolutePath();
        Optional<String> jdbcUrl = setting("GONGKAI_JDBC_URL");
        // Demo data: on by default with the embedded database, never with an external one unless asked.
        boolean demo = setting("GONGKAI_DEMO").map(LaunchSettings::isTrue).orElse(jdbcUrl.isEmpty());
        // The build's training run (decision 022): records the class-data archive beside the launcher's jar and
        // stops once ready; on a free port unless told one (only the server JVM listens).
        boolean training = setting("GONGKAI_CLASS_DATA_TRAINING").map(LaunchSettings::isTrue).orElse(false);
        return new LaunchSettings(
                dataDirectory,
                setting("GONGKAI_PORT").map(Integer::parseInt).orElseGet(() -> training ? freePort() : 8080),
                jdbcUrl,
                setting("GONGKAI_DB_USER").orElse("postgres"),
                setting("GONGKAI_DB_PASSWORD").orElse(""),
                setting("GONGKAI_APP_DB_USER").orElse("gongkai_app"),
                setting("GONGKAI_APP_DB_PASSWORD"),
                demo,
                setting("GONGKAI_DB_DURABLE").map(LaunchSettings::isTrue).orElse(true),
                Integer.parseInt(setting("GONGKAI_EMBEDDED_DB_PORT").orElse("0")),
                // "default": HotSpot's JIT as it is, without the launcher's directives (decision 017)
                setting("GONGKAI_STARTUP_JIT").filter("default"::equalsIgnoreCase).isEmpty(),
                // "payara": Payara Micro's own boot instead of PayaraBoot's (decision 019)
                setting("GONGKAI_PAYARA_BOOT").filter("payara"::equalsIgnoreCase).isEmpty(),
                // "false": the server in the launcher's JVM, without a class-data archive (decision 020)
                setting("GONGKAI_CLASS_DATA_ARCHIVE").map(LaunchSettings::isTrue).orElse(true),
                training);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<String> setting(String envName) {
        String property = envName.toLowerCase(Locale.ROOT).replace('_', '.');
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(envName);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static boolean isTrue(String value) {
        return value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes");
    }
}
