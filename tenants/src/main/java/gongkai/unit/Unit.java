package gongkai.unit;

import gongkai.tenancy.Names;

import java.util.UUID;

/** An assessed unit as its tenant's users see it. */
public record Unit(UUID id, String code, UnitKind kind, Names names, String linkedTenantCode, boolean active) {
}
