package gongkai.audit;

import java.time.Instant;

/** What the administrator filters the audit log by; every part optional. */
public record AuditFilter(String actor, String entityType, String action, Instant from, Instant to, int limit) {

    public AuditFilter {
        limit = limit <= 0 ? 200 : Math.min(limit, 1000);
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, 200);
    }
}
