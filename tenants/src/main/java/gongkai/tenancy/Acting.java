package gongkai.tenancy;

import gongkai.error.DomainException;

import java.util.Arrays;
import java.util.UUID;

/**
 * Who acts, on which tenant, and how: a caller acts on their own tenant, a platform administrator on any, and
 * a user of a parent jurisdiction reads (never changes) a subordinate one.
 */
public record Acting(Caller caller, UUID tenantId, String tenantCode, boolean readOnly) {

    /** Work done by the system itself (start-up, demo data, scheduled jobs) for one tenant. */
    public static Acting system(UUID tenantId, String tenantCode) {
        return new Acting(null, tenantId, tenantCode, false);
    }

    public boolean isSystem() {
        return caller == null;
    }

    public String actorName() {
        return caller == null ? "system" : caller.username();
    }

    /** Whether the caller is acting on their own tenant (not a subordinate, not as platform administrator). */
    public boolean ownTenant() {
        return caller != null && caller.tenantId().equals(tenantId);
    }

    /** Refuses a change when the tenant is only being read, or the caller's role is none of {@code roles}. */
    public void requireChange(Role... roles) {
        if (readOnly) {
            throw DomainException.forbidden("a subordinate jurisdiction's data can be read, not changed");
        }
        requireRole(roles);
    }

    /** Whether {@link #requireChange} would let the caller change: for showing or hiding what changes. */
    public boolean mayChange(Role... roles) {
        return !readOnly && (isSystem() || caller.isPlatformAdmin() || Arrays.stream(roles).anyMatch(caller::is));
    }

    public void requireRole(Role... roles) {
        if (isSystem() || caller.isPlatformAdmin()) {
            return;
        }
        if (Arrays.stream(roles).noneMatch(caller::is)) {
            throw DomainException.forbidden("the role " + caller.role() + " may not do this");
        }
    }
}
