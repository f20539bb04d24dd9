package gongkai.audit;

import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The append-only record of every change to a tenant's configuration, units and users. */
@ApplicationScoped
public class AuditLog {

    @Inject
    Tenancy tenancy;

    /** Records a change in the acting tenant's log, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, UUID entityId, String entityKey,
                       Map<String, ?> before, Map<String, ?> after) {
        Acting acting = TenantContext.current();
        tenancy.entityManager().persist(new AuditEvent(acting.actorName(), action, entityType, entityId, entityKey,
                json(before), json(after)));
    }

    /** The acting tenant's log, newest first. Only the tenant's own administrators read it. */
    @Transactional
    public List<AuditEntry> search(AuditFilter filter) {
        Acting acting = TenantContext.current();
        acting.requireRole(Role.TENANT_ADMIN);
        if (!acting.ownTenant() && !acting.isSystem() && !acting.caller().isPlatformAdmin()) {
            throw gongkai.error.DomainException.forbidden("only the tenant's own office reads its audit log");
        }
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null) {
            params.add(filter.actor());
            jpql.append(" and e.actor = ?").append(params.size());
        }
        if (filter.entityType() != null) {
            params.add(filter.entityType());
            jpql.append(" and e.entityType = ?").append(params.size());
        }
        if (filter.action() != null) {
            params.add(filter.action());
            jpql.append(" and e.action = ?").append(params.size());
        }
        if (filter.from() != null) {
            params.add(filter.from());
            jpql.append(" and e.occurredAt >= ?").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to());
            jpql.append(" and e.occurredAt < ?").append(params.size());
        }
        jpql.append(" order by e.occurredAt desc");
        TypedQuery<AuditEvent> query = tenancy.entityManager().createQuery(jpql.toString(), AuditEvent.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.setMaxResults(filter.limit()).getResultList().stream().map(AuditEvent::entry).toList();
    }

    static String json(Map<String, ?> values) {
        return values == null ? null : object(values).build().toString();
    }

    private static JsonObjectBuilder object(Map<String, ?> values) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        values.forEach((key, value) -> {
            if (value == null) {
                builder.addNull(key);
            } else if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, ?> nested = (Map<String, ?>) map;
                builder.add(key, object(nested));
            } else if (value instanceof Collection<?> items) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                items.forEach(item -> array.add(String.valueOf(item)));
                builder.add(key, array);
            } else if (value instanceof Boolean b) {
                builder.add(key, b);
            } else if (value instanceof Number n) {
                builder.add(key, n.toString());
            } else {
                builder.add(key, value.toString());
            }
        });
        return builder;
    }
}
