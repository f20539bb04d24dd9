package gongkai.unit;

import gongkai.audit.AuditLog;
import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The acting tenant's assessed units: listed by anyone of the tenant (and its parents), changed by its office. */
@ApplicationScoped
public class Units {

    @Inject
    Tenancy tenancy;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    AuditLog audit;

    @Transactional
    public List<Unit> list(boolean includeInactive) {
        TenantContext.current();
        return tenancy.entityManager()
                .createQuery("select u from AssessedUnit u" + (includeInactive ? "" : " where u.active = true")
                        + " order by u.code", AssessedUnit.class)
                .getResultList().stream().map(this::view).toList();
    }

    @Transactional
    public Unit get(String code) {
        return view(find(code));
    }

    @Transactional
    public Unit create(UnitDraft draft) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        EntityManager em = tenancy.entityManager();
        if (byCode(draft.code()).isPresent()) {
            throw DomainException.conflict("code", "a unit with code '" + draft.code() + "' already exists");
        }
        AssessedUnit unit = new AssessedUnit(draft, linkedTenant(draft, acting));
        em.persist(unit);
        audit.record("CREATE", "unit", unit.id(), unit.code(), null, unit.auditView());
        return view(unit);
    }

    @Transactional
    public Unit update(String code, UnitDraft draft) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        AssessedUnit unit = find(code);
        if (!draft.code().equals(code) && byCode(draft.code()).isPresent()) {
            throw DomainException.conflict("code", "a unit with code '" + draft.code() + "' already exists");
        }
        Map<String, Object> before = unit.auditView();
        unit.apply(draft, linkedTenant(draft, acting));
        audit.record("UPDATE", "unit", unit.id(), unit.code(), before, unit.auditView());
        return view(unit);
    }

    @Transactional
    public Unit setActive(String code, boolean active) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        AssessedUnit unit = find(code);
        Map<String, Object> before = unit.auditView();
        if (active) {
            unit.reactivate();
        } else {
            unit.deactivate();
        }
        audit.record(active ? "REACTIVATE" : "DEACTIVATE", "unit", unit.id(), unit.code(), before, unit.auditView());
        return view(unit);
    }

    /** The unit with this id in the acting tenant, if any. */
    @Transactional
    public Optional<Unit> byId(UUID id) {
        return Optional.ofNullable(tenancy.entityManager().find(AssessedUnit.class, id)).map(this::view);
    }

    private AssessedUnit find(String code) {
        return byCode(code).orElseThrow(() -> DomainException.notFound("unit " + code));
    }

    private Optional<AssessedUnit> byCode(String code) {
        return tenancy.entityManager()
                .createQuery("select u from AssessedUnit u where u.code = :code", AssessedUnit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private UUID linkedTenant(UnitDraft draft, Acting acting) {
        if (draft.linkedTenantCode() == null) {
            return null;
        }
        Tenant linked = jurisdictions.byCode(draft.linkedTenantCode())
                .filter(t -> acting.tenantId().equals(t.parentId()))
                .orElseThrow(() -> DomainException.invalid("linkedTenantCode",
                        "'" + draft.linkedTenantCode() + "' is not a jurisdiction directly below this one"));
        return linked.id();
    }

    private Unit view(AssessedUnit unit) {
        String linkedCode = unit.linkedTenantId() == null ? null
                : jurisdictions.byId(unit.linkedTenantId()).map(Tenant::code).orElse(null);
        return unit.view(linkedCode);
    }
}
