package gongkai.audit;

import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change, as it happened: who, when, what, to which record, before and after. Never changed afterwards. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TenantOwned {

    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String action;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private UUID entityId;
    @Column(name = "entity_key")
    private String entityKey;
    @Column(name = "before")
    private String before;
    @Column(name = "after")
    private String after;

    protected AuditEvent() {
    }

    AuditEvent(String actor, String action, String entityType, UUID entityId, String entityKey, String before,
               String after) {
        super(UUID.randomUUID());
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityKey = entityKey;
        this.before = before;
        this.after = after;
    }

    public AuditEntry entry() {
        return new AuditEntry(id, occurredAt, actor, action, entityType, entityKey, before, after);
    }
}
