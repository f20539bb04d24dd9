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

    /** What a login needs to know of a user of the acting tenant, read without holding on to the connection. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<LoginCandidate> candidate(String username, Tenant tenant) {
        return tenancy.entityManager()
                .createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst()
                .filter(user -> user.active() && tenant.active())
                .map(user -> new LoginCandidate(caller(user, tenant), user.passwordHash(), user.lockedUntil()));
    }

    /**
     * Counts a failed login in one atomic statement (concurrent guesses cannot lose a count) and locks the account
     * once {@value UserAccount#LOCK_AFTER_FAILURES} fail in a row; returns the lock's end, if locked.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginOutcome recordFailure(String username) {
        Object[] row = (Object[]) tenancy.entityManager().createNativeQuery(
                        "update user_account set failed_logins = failed_logins + 1,"
                                + " locked_until = case when failed_logins + 1 >= ?1 then now() + make_interval(mins => ?2)"
                                + " else locked_until end where username = ?3 returning failed_logins, locked_until")
                .setParameter(1, UserAccount.LOCK_AFTER_FAILURES)
                .setParameter(2, (int) UserAccount.LOCK_DURATION.toMinutes())
                .setParameter(3, username)
                .getSingleResult();
        int failures = ((Number) row[0]).intValue();
        Instant lockedUntil = row[1] == null ? null : toInstant(row[1]);
        return lockedUntil != null && lockedUntil.isAfter(Instant.now())
                ? LoginOutcome.locked(lockedUntil) : LoginOutcome.rejected(failures);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String username) {
        tenancy.entityManager().createNativeQuery("update user_account set failed_logins = 0, locked_until = null"
                + " where username = ?1 and (failed_logins > 0 or locked_until is not null)")
                .setParameter(1, username).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.parse(value.toString());
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
