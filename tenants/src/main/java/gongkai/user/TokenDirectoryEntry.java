package gongkai.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Which tenant an API token belongs to (kept by a database trigger; read-only here). */
@Entity
@Table(name = "token_directory")
public class TokenDirectoryEntry {

    @Id
    @Column(name = "token_id")
    private UUID tokenId;
    @Column(name = "tenant_id")
    private UUID tenantId;

    protected TokenDirectoryEntry() {
    }

    UUID tenantId() {
        return tenantId;
    }
}
