package gongkai.user;

import gongkai.audit.AuditLog;
import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The caller's own personal API tokens. */
@ApplicationScoped
public class ApiTokens {

    @Inject
    Tenancy tenancy;

    @Inject
    AuditLog audit;

    @Transactional
    public List<TokenInfo> mine() {
        UUID me = self().caller().userId();
        return tenancy.entityManager()
                .createQuery("select t from ApiToken t where t.userId = :me order by t.createdAt desc", ApiToken.class)
                .setParameter("me", me).getResultList().stream().map(ApiToken::info).toList();
    }

    @Transactional
    public NewToken create(String name, Integer validDays) {
        Acting acting = self();
        String checkedName = Check.required("name", name, 100);
        if (validDays != null && (validDays < 1 || validDays > 730)) {
            throw DomainException.invalid("validDays", "validDays must be between 1 and 730");
        }
        UUID id = UUID.randomUUID();
        String secret = Logins.newTokenSecret(id);
        Instant expires = validDays == null ? null : Instant.now().plus(Duration.ofDays(validDays));
        ApiToken token = new ApiToken(id, acting.caller().userId(), checkedName, Logins.sha256(secret), expires);
        tenancy.entityManager().persist(token);
        audit.record("CREATE", "api-token", id, checkedName, null, Map.of("user", acting.caller().username()));
        return new NewToken(token.info(), secret);
    }

    @Transactional
    public TokenInfo revoke(UUID id) {
        Acting acting = self();
        ApiToken token = tenancy.entityManager().find(ApiToken.class, id);
        if (token == null || !token.userId().equals(acting.caller().userId())) {
            throw DomainException.notFound("token " + id);
        }
        token.revoke(Instant.now());
        audit.record("REVOKE", "api-token", id, token.info().name(), null, Map.of("user", acting.caller().username()));
        return token.info();
    }

    private static Acting self() {
        Acting acting = TenantContext.current();
        if (acting.caller() == null || !acting.ownTenant()) {
            throw DomainException.forbidden("tokens belong to a logged-in user");
        }
        return acting;
    }
}
