package gongkai.user;

import gongkai.tenancy.Role;

import java.util.UUID;

/** A user as their tenant's office sees them (never the password). */
public record User(UUID id, String username, String displayName, Role role, String unitCode, String language,
                   boolean active) {
}
