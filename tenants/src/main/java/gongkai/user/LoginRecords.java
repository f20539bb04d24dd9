package gongkai.user;

import gongkai.tenancy.Caller;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** The transactional steps of logging in; {@link Logins} orders them and throttles. */
@ApplicationScoped
public class LoginRecords {

    @Inject
    Tenancy tenancy;

    @Inject
    Jurisdictions jurisdictions;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Tenant> tenantOfLogin(String username) {
        return Optional.ofNullable(tenancy.global().find(LoginDirectoryEntry.class, username))
                .flatMap(entry -> jurisdictions.byId(entry.tenantId()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Tenant> tenantOfToken(UUID tokenId) {
        return Optional.ofNullable(tenancy.global().find(TokenDirectoryEntry.class, tokenId))
                .flatMap(entry -> jurisdictions.byId(entry.tenantId()));
    }

    /** Checks a password in the acting tenant and records the outcome (failures count towards a lock). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginOutcome checkPassword(String username, Tenant tenant, Predicate<String> passwordMatches) {
        Instant now = Instant.now();
        Optional<UserAccount> found = tenancy.entityManager()
                .createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().active() || !tenant.active()) {
            return LoginOutcome.rejected(0);
        }
        UserAccount user = found.get();
        if (user.lockedAt(now)) {
            return LoginOutcome.locked(user.lockedUntil());
        }
        if (!passwordMatches.test(user.passwordHash())) {
            user.loginFailed(now);
            return user.lockedAt(now) ? LoginOutcome.locked(user.lockedUntil()) : LoginOutcome.rejected(user.failedLogins());
        }
        if (user.failedLogins() > 0) {
            user.loginSucceeded();
        }
        return LoginOutcome.accepted(caller(user, tenant), user.passwordHash());
    }

    /** The caller a valid, unrevoked, unexpired token stands for. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Caller> checkToken(UUID tokenId, Tenant tenant, String tokenHash) {
        Instant now = Instant.now();
        ApiToken token = tenancy.entityManager().find(ApiToken.class, tokenId);
        if (token == null || !token.usableAt(now) || !java.security.MessageDigest.isEqual(
                token.tokenHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                tokenHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        UserAccount user = tenancy.entityManager().find(UserAccount.class, token.userId());
        if (user == null || !user.active() || !tenant.active()) {
            return Optional.empty();
        }
        token.used(now);
        return Optional.of(caller(user, tenant));
    }

    private static Caller caller(UserAccount user, Tenant tenant) {
        return new Caller(user.id(), user.username(), tenant.id(), tenant.code(), user.role(), user.unitId(),
                user.language());
    }
}
