package gongkai.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit event as the tenant administrator reads it; before and after are JSON documents (or null). */
public record AuditEntry(UUID id, Instant occurredAt, String actor, String action, String entityType,
                         String entityKey, String before, String after) {
}
