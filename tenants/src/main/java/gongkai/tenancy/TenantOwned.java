package gongkai.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

import java.util.UUID;

/**
 * Every tenant-owned entity extends this: EclipseLink adds {@code tenant_id = :tenant} to each of its queries and
 * writes it on insert, from the property {@link Tenancy} sets. The column leads the primary key.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT,
        primaryKey = true)
public abstract class TenantOwned {

    @Id
    @Column(name = "id")
    protected UUID id;

    protected TenantOwned() {
    }

    protected TenantOwned(UUID id) {
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
