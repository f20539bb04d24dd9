package gongkai.app.schedule;

import org.quartz.utils.ConnectionProvider;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Quartz's connections from one of the container's pools, looked up by JNDI name: no pool of Quartz's own
 * (c3p0 and HikariCP are excluded from the build). The container owns the pool, so shutting down does nothing.
 */
public final class ContainerConnections implements ConnectionProvider {

    private final String jndiName;
    private volatile DataSource dataSource;

    ContainerConnections(String jndiName) {
        this.jndiName = jndiName;
    }

    /** Looks the pool up; call it on a thread of the application (the lookup needs its naming context). */
    @Override
    public void initialize() throws SQLException {
        try {
            dataSource = InitialContext.doLookup(jndiName);
        } catch (NamingException e) {
            throw new SQLException("no data source at " + jndiName, e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        DataSource ds = dataSource;
        if (ds == null) {
            throw new SQLException(jndiName + " has not been looked up");
        }
        return ds.getConnection();
    }

    @Override
    public void shutdown() {
        // the container's pool outlives the scheduler
    }
}
