package gongkai.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Which tenant a login name belongs to (kept by a database trigger; read-only here). */
@Entity
@Table(name = "login_directory")
public class LoginDirectoryEntry {

    @Id
    private String username;
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Column(name = "user_id")
    private UUID userId;

    protected LoginDirectoryEntry() {
    }

    UUID tenantId() {
        return tenantId;
    }
}
