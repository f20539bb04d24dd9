package gongkai.tenancy;

import gongkai.audit.AuditLog;
import gongkai.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The jurisdiction tree: tenants, their parents and subordinates, and who may act on which. Platform
 * administrators create and change tenants; a tenant's office may change its own names, time zone and prefix.
 */
@ApplicationScoped
public class Jurisdictions {

    public static final String PLATFORM_CODE = "platform";

    @Inject
    Tenancy tenancy;

    @Inject
    AuditLog audit;

    /**
     * How {@code caller} may act on the tenant {@code code}: fully on their own (or any, as platform
     * administrator), read-only on a subordinate; empty when the tenant is unknown or none of theirs.
     */
    @Transactional
    public Optional<Acting> actingOn(Caller caller, String code) {
        Optional<Tenant> target = byCode(code);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Tenant tenant = target.get();
        if (caller.isPlatformAdmin() || tenant.id().equals(caller.tenantId())) {
            return Optional.of(new Acting(caller, tenant.id(), tenant.code(), false));
        }
        if (isAncestor(caller.tenantId(), tenant, index())) {
            return Optional.of(new Acting(caller, tenant.id(), tenant.code(), true));
        }
        return Optional.empty();
    }

    /** The tenants the acting caller sees, as a tree: all of them for platform administrators, else their own subtree. */
    @Transactional
    public List<TenantSummary> tree() {
        Acting acting = TenantContext.current();
        Map<UUID, Tenant> all = index();
        Map<UUID, List<Tenant>> children = new HashMap<>();
        all.values().forEach(t -> children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t));
        List<Tenant> roots;
        if (acting.isSystem() || acting.caller().isPlatformAdmin()) {
            roots = children.getOrDefault(null, List.of()).stream().filter(t -> t.level() != Level.PLATFORM).toList();
        } else {
            roots = List.of(all.get(acting.caller().tenantId()));
        }
        return roots.stream().sorted(Comparator.comparing(Tenant::code)).map(t -> summary(t, all, children)).toList();
    }

    @Transactional
    public TenantSummary get(String code) {
        Acting acting = TenantContext.current();
        Tenant tenant = byCode(code).filter(t -> t.id().equals(acting.tenantId()))
                .orElseThrow(() -> DomainException.notFound("tenant " + code));
        return single(tenant);
    }

    @Transactional
    public TenantSummary create(TenantDraft draft) {
        Acting acting = TenantContext.current();
        requirePlatformAdmin(acting);
        EntityManager em = tenancy.global();
        if (byCode(draft.code()).isPresent()) {
            throw DomainException.conflict("code", "a tenant with code '" + draft.code() + "' already exists");
        }
        UUID parentId = resolveParent(draft, null);
        Tenant tenant = new Tenant(UUID.randomUUID(), draft, parentId);
        em.persist(tenant);
        em.flush();
        TenantContext.run(new Acting(acting.caller(), tenant.id(), tenant.code(), false),
                () -> audit.record("CREATE", "tenant", tenant.id(), tenant.code(), null, tenant.auditView()));
        return single(tenant);
    }

    @Transactional
    public TenantSummary update(String code, TenantDraft draft) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        Tenant tenant = byCode(code).filter(t -> t.id().equals(acting.tenantId()))
                .orElseThrow(() -> DomainException.notFound("tenant " + code));
        if (!draft.code().equals(tenant.code())) {
            throw DomainException.invalid("code", "a tenant's code cannot change");
        }
        UUID parentId = resolveParent(draft, tenant);
        boolean platformAdmin = acting.isSystem() || acting.caller().isPlatformAdmin();
        if (!platformAdmin && (draft.level() != tenant.level() || !java.util.Objects.equals(parentId, tenant.parentId()))) {
            throw DomainException.forbidden("only a platform administrator changes a tenant's level or parent");
        }
        Map<String, Object> before = tenant.auditView();
        tenant.apply(draft, parentId);
        audit.record("UPDATE", "tenant", tenant.id(), tenant.code(), before, tenant.auditView());
        return single(tenant);
    }

    @Transactional
    public TenantSummary deactivate(String code) {
        Acting acting = TenantContext.current();
        requirePlatformAdmin(acting);
        Tenant tenant = byCode(code).filter(t -> t.id().equals(acting.tenantId()) && t.level() != Level.PLATFORM)
                .orElseThrow(() -> DomainException.notFound("tenant " + code));
        Map<String, Object> before = tenant.auditView();
        tenant.deactivate();
        audit.record("DEACTIVATE", "tenant", tenant.id(), tenant.code(), before, tenant.auditView());
        return single(tenant);
    }

    @Transactional
    public Optional<Tenant> byCode(String code) {
        return tenancy.global().createQuery("select t from Tenant t where t.code = :code", Tenant.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Transactional
    public Optional<Tenant> byId(UUID id) {
        return Optional.ofNullable(tenancy.global().find(Tenant.class, id));
    }

    /** Creates the platform's own tenant if it is missing; returns it. */
    @Transactional
    public Tenant ensurePlatform() {
        return byCode(PLATFORM_CODE).orElseGet(() -> {
            Tenant platform = Tenant.platform(UUID.randomUUID(), PLATFORM_CODE);
            tenancy.global().persist(platform);
            return platform;
        });
    }

    private UUID resolveParent(TenantDraft draft, Tenant self) {
        if (draft.parentCode() == null) {
            return null;
        }
        Tenant parent = byCode(draft.parentCode()).filter(t -> t.level() != Level.PLATFORM)
                .orElseThrow(() -> DomainException.invalid("parentCode", "no tenant with code '" + draft.parentCode() + "'"));
        if (parent.level().ordinal() >= draft.level().ordinal()) {
            throw DomainException.invalid("parentCode",
                    "a " + draft.level() + " cannot sit under a " + parent.level() + " (" + parent.code() + ")");
        }
        if (self != null) {
            Map<UUID, Tenant> all = index();
            if (parent.id().equals(self.id()) || isAncestor(self.id(), parent, all)) {
                throw DomainException.invalid("parentCode",
                        "'" + parent.code() + "' is " + self.code() + " itself or below it: the tree would have a cycle");
            }
        }
        return parent.id();
    }

    private Map<UUID, Tenant> index() {
        Map<UUID, Tenant> all = new HashMap<>();
        tenancy.global().createQuery("select t from Tenant t", Tenant.class).getResultList()
                .forEach(t -> all.put(t.id(), t));
        return all;
    }

    private static boolean isAncestor(UUID ancestor, Tenant tenant, Map<UUID, Tenant> all) {
        UUID current = tenant.parentId();
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (current.equals(ancestor)) {
                return true;
            }
            Tenant next = all.get(current);
            current = next == null ? null : next.parentId();
        }
        return false;
    }

    /** One tenant without its subtree: only its parent is looked up, not the whole registry. */
    private TenantSummary single(Tenant tenant) {
        Tenant parent = tenant.parentId() == null ? null : tenancy.global().find(Tenant.class, tenant.parentId());
        return TenantSummary.of(tenant, parent == null ? null : parent.code(), List.of());
    }

    private static TenantSummary summary(Tenant tenant, Map<UUID, Tenant> all, Map<UUID, List<Tenant>> children) {
        Tenant parent = tenant.parentId() == null ? null : all.get(tenant.parentId());
        List<TenantSummary> kids = children.getOrDefault(tenant.id(), List.of()).stream()
                .sorted(Comparator.comparing(Tenant::code))
                .map(child -> summary(child, all, children)).toList();
        return TenantSummary.of(tenant, parent == null ? null : parent.code(), kids);
    }

    private static void requirePlatformAdmin(Acting acting) {
        if (!acting.isSystem() && !acting.caller().isPlatformAdmin()) {
            throw DomainException.forbidden("only a platform administrator may do this");
        }
    }
}
