package gongkai.user;

import gongkai.tenancy.Acting;
import gongkai.tenancy.Caller;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authentication by password or API token. Failures are slowed down (a growing pause before answering) and,
 * after {@value UserAccount#LOCK_AFTER_FAILURES} in a row, lock the account for 15 minutes.
 *
 * <p>HTTP Basic sends the password with every request and PBKDF2 is slow by design, so a successful check is
 * remembered for five minutes as a SHA-256 of name and password, together with the stored hash it matched:
 * changing the password, deactivating or locking the user ends it.
 */
@ApplicationScoped
public class Logins {

    private static final long REMEMBER_MILLIS = 5 * 60 * 1000;
    private static final String TOKEN_PREFIX = "gk_";

    @Inject
    LoginRecords records;

    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    private final Map<String, Integer> unknownNameFailures = new ConcurrentHashMap<>();

    private record Remembered(String digest, String passwordHash, long until) {
    }

    public LoginOutcome withPassword(String username, String password) {
        if (username == null || password == null || username.length() > 64 || password.length() > 200) {
            return LoginOutcome.rejected(0);
        }
        Optional<Tenant> tenant = records.tenantOfLogin(username);
        if (tenant.isEmpty()) {
            int failures = unknownNameFailures.merge(username, 1, Integer::sum);
            if (unknownNameFailures.size() > 10_000) {
                unknownNameFailures.clear();
            }
            slowDown(failures);
            return LoginOutcome.rejected(failures);
        }
        Acting system = Acting.system(tenant.get().id(), tenant.get().code());
        Optional<LoginCandidate> candidate = TenantContext.call(system, () -> records.candidate(username, tenant.get()));
        if (candidate.isEmpty()) {
            slowDown(1);
            return LoginOutcome.rejected(0);
        }
        if (candidate.get().lockedAt(java.time.Instant.now())) {
            return LoginOutcome.locked(candidate.get().lockedUntil());
        }
        // The slow hash runs outside any transaction: no pooled connection waits on it.
        String digest = sha256(username + '\u0000' + password);
        String storedHash = candidate.get().passwordHash();
        Remembered remembered = verified.get(username);
        long now = System.currentTimeMillis();
        boolean matches = (remembered != null && remembered.until() > now && remembered.digest().equals(digest)
                && remembered.passwordHash().equals(storedHash)) || PasswordHasher.verify(password, storedHash);
        if (matches) {
            verified.put(username, new Remembered(digest, storedHash, now + REMEMBER_MILLIS));
            TenantContext.run(system, () -> records.recordSuccess(username));
            return LoginOutcome.accepted(candidate.get().caller());
        }
        verified.remove(username);
        LoginOutcome outcome = TenantContext.call(system, () -> records.recordFailure(username));
        slowDown(outcome.failuresInARow());
        return outcome;
    }

    /** The caller of a bearer token {@code gk_<token id>_<secret>}, if it is valid. */
    public Optional<Caller> withToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.substring(TOKEN_PREFIX.length()).split("_", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        UUID tokenId;
        try {
            tokenId = UUID.fromString(parts[0]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<Tenant> tenant = records.tenantOfToken(tokenId);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        return TenantContext.call(Acting.system(tenant.get().id(), tenant.get().code()),
                () -> records.checkToken(tokenId, tenant.get(), sha256(token)));
    }

    /** Whether a login name is in use anywhere on the platform (names are unique across tenants). */
    public boolean nameTaken(String username) {
        return records.tenantOfLogin(username).isPresent();
    }

    /** Drops what is remembered of a user's password (after a change, deactivation or lock). */
    public void forget(String username) {
        verified.remove(username);
    }

    static String newTokenSecret(UUID tokenId) {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return TOKEN_PREFIX + tokenId + "_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 250 ms after the first failure, doubling up to 4 s: guessing gets slow long before the lock. */
    private static void slowDown(int failuresInARow) {
        long pause = Math.min(4000, 250L << Math.max(0, Math.min(failuresInARow - 1, 4)));
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
