package gongkai.tenancy;

import java.util.List;

/** A tenant as shown to its users and in the jurisdiction tree. */
public record TenantSummary(String code, Names names, Level level, String parentCode, String timeZone,
                            String unitCodePrefix, boolean active, List<TenantSummary> children) {

    static TenantSummary of(Tenant tenant, String parentCode, List<TenantSummary> children) {
        return new TenantSummary(tenant.code(), tenant.names(), tenant.level(), parentCode, tenant.timeZone().getId(),
                tenant.unitCodePrefix(), tenant.active(), children);
    }
}
