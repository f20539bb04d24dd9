package gongkai.tenancy;

import java.util.UUID;

/** The authenticated user on whose behalf the current work runs. */
public record Caller(UUID userId, String username, UUID tenantId, String tenantCode, Role role, UUID unitId,
                     String language) implements java.io.Serializable {

    public boolean is(Role r) {
        return role == r;
    }

    public boolean isPlatformAdmin() {
        return role == Role.PLATFORM_ADMIN;
    }
}
