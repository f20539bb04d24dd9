package gongkai.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.config.EntityManagerProperties;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The one place that hands the tenant to EclipseLink and to PostgreSQL. Repositories get their
 * {@link EntityManager} here; the first use in a transaction applies the acting tenant twice: as EclipseLink's
 * multitenant discriminator (every JPA query filters by it, every insert writes it) and as
 * {@code SET LOCAL app.tenant_id} for row-level security. A transaction never changes tenant.
 */
@ApplicationScoped
public class Tenancy {

    private static final String APPLIED = Tenancy.class.getName() + ".tenant";

    @PersistenceContext(unitName = "gongkai")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The entity manager for tenant-owned data of the acting tenant. Must be called inside a transaction. */
    public EntityManager entityManager() {
        UUID tenant = TenantContext.current().tenantId();
        Object applied = transactions.getResource(APPLIED);
        if (applied == null) {
            em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.toString());
            em.createNativeQuery("select set_config('app.tenant_id', ?1, true)")
                    .setParameter(1, tenant.toString())
                    .getSingleResult();
            transactions.putResource(APPLIED, tenant);
        } else if (!applied.equals(tenant)) {
            throw new IllegalStateException("a transaction cannot change tenant (" + applied + " -> " + tenant + ")");
        }
        return em;
    }

    /** The entity manager for the platform's global tables (the tenant registry); no tenant data. */
    public EntityManager global() {
        return em;
    }

    /**
     * Row-level security for work done over plain JDBC outside JPA (the public responses' group-commit writer,
     * which writes several tenants' rows in one transaction, one tenant after the other): sets
     * {@code app.tenant_id} for the rest of the connection's current transaction, or until the next call.
     */
    public static void applyTenant(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.executeQuery().close();
        }
    }
}
