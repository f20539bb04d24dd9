package gongkai.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

/**
 * Prepares a PostgreSQL database for the application: the database itself, the role the application connects
 * as, and the schema through the versioned migrations in {@code db/migration}.
 *
 * <p>The application role owns nothing and cannot bypass row-level security (docs/decisions/002-tenant-isolation.md):
 * migrations run as the owner, the application as {@link #APP_ROLE}.
 */
public final class DatabaseSetup {

    public static final String APP_ROLE = "gongkai_app";
    public static final String DATABASE = "gongkai";

    private DatabaseSetup() {
    }

    /** Creates {@code database} on the server if it is missing (connecting to the maintenance database). */
    public static void ensureDatabase(String serverUrl, String user, String password, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl + "/postgres", user, password);
             PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            q.setString(1, database);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create database " + quoteIdent(database) + " encoding 'UTF8' template template0");
                    }
                }
            }
        }
    }

    /**
     * Creates the application's login role if it is missing and gives it a fresh random password, which is
     * returned. The role is never a superuser, never BYPASSRLS and owns no table.
     */
    public static String ensureAppRole(String url, String user, String password, String role) throws SQLException {
        String rolePassword = randomSecret();
        ensureAppRole(url, user, password, role, rolePassword);
        return rolePassword;
    }

    /** As {@link #ensureAppRole(String, String, String, String)}, with a password chosen by the caller. */
    public static void ensureAppRole(String url, String user, String password, String role, String rolePassword)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            boolean exists;
            try (PreparedStatement q = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                q.setString(1, role);
                try (ResultSet rs = q.executeQuery()) {
                    exists = rs.next();
                }
            }
            String verb = exists ? "alter" : "create";
            s.execute(verb + " role " + quoteIdent(role)
                    + " login nosuperuser nocreatedb nocreaterole nobypassrls password " + quoteLiteral(rolePassword));
            s.execute("grant connect on database " + quoteIdent(c.getCatalog()) + " to " + quoteIdent(role));
        }
    }

    /** Applies pending migrations as the owner; returns the schema version now installed. */
    public static String migrate(String url, String user, String password, String appRole) {
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", quoteIdent(appRole)))
                .load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current().getVersion().getVersion();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("grant select on flyway_schema_history to " + quoteIdent(appRole));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant the schema history to " + appRole, e);
        }
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : version;
    }

    /** 24 random bytes, URL-safe Base64: for generated database passwords. */
    public static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String quoteIdent(String ident) {
        return '"' + ident.replace("\"", "\"\"") + '"';
    }

    static String quoteLiteral(String literal) {
        return '\'' + literal.replace("'", "''") + '\'';
    }
}
