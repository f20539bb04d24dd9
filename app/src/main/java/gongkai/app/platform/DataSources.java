package gongkai.app.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pools, as the role that owns nothing and obeys row-level security. The launcher
 * publishes the settings as system properties (docs/decisions/001-launcher.md). {@code stringtype=unspecified}
 * lets PostgreSQL type the string-bound tenant discriminator and JSON columns itself.
 */
@DataSourceDefinitions({
        @DataSourceDefinition(
                name = "java:app/jdbc/gongkai",
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=gongkai.jdbc.url}",
                user = "${MPCONFIG=gongkai.jdbc.user}",
                password = "${MPCONFIG=gongkai.jdbc.password}",
                minPoolSize = 4,
                maxPoolSize = 48,
                properties = {"stringType=unspecified", "fish.payara.is-connection-validation-required=true",
                        "fish.payara.connection-validation-method=custom-validation",
                        "fish.payara.validation-classname=" + DataSources.VALIDATION,
                        "fish.payara.fail-all-connections=true"}),
        // Quartz's JDBC job store manages its own transactions: it needs a pool outside JTA.
        @DataSourceDefinition(
                name = "java:app/jdbc/gongkai-nontx",
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=gongkai.jdbc.url}",
                user = "${MPCONFIG=gongkai.jdbc.user}",
                password = "${MPCONFIG=gongkai.jdbc.password}",
                transactional = false,
                minPoolSize = 2,
                maxPoolSize = 8,
                properties = {"stringType=unspecified", "fish.payara.is-connection-validation-required=true",
                        "fish.payara.connection-validation-method=custom-validation",
                        "fish.payara.validation-classname=" + DataSources.VALIDATION,
                        "fish.payara.fail-all-connections=true"})
})
@ApplicationScoped
public class DataSources {

    /**
     * Both pools ask the database (Connection.isValid: one round trip) before handing out a connection, and drop all
     * their connections when one is found broken. After PostgreSQL restarted, failed over or ended the sessions, the
     * pools otherwise handed out dead connections: every public submission failed until the server restarted, and
     * the other pool failed one request per dead connection ("auto-commit" validation never reaches the server).
     * PublicSurveyIT ends the server's sessions and submits at once.
     */
    static final String VALIDATION = "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation";
}
