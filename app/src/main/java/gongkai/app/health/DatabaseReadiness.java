package gongkai.app.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Ready only when the database answers and its schema is at the version the launcher migrated it to. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/gongkai")
    DataSource dataSource;

    // Read at each check, not injected: the launcher publishes it once the migrations ran, which may be after
    // this bean was created (the database starts while Payara boots).
    @Inject
    @ConfigProperty(name = "gongkai.schema.version", defaultValue = "unknown")
    Provider<String> expectedVersion;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version, success from flyway_schema_history"
                     + " where version is not null order by installed_rank desc limit 1")) {
            if (!rs.next()) {
                return down("no migration applied");
            }
            String version = rs.getString(1);
            if (!rs.getBoolean(2)) {
                return down("migration " + version + " failed");
            }
            String expected = expectedVersion.get();
            if (!version.equals(expected)) {
                return down("schema at " + version + ", expected " + expected);
            }
            return HealthCheckResponse.named("database").up().withData("schemaVersion", version).build();
        } catch (Exception e) {
            return down(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static HealthCheckResponse down(String why) {
        return HealthCheckResponse.named("database").down().withData("reason", why).build();
    }
}
