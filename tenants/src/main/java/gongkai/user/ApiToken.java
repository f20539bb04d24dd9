package gongkai.user;

import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A personal API token: only its SHA-256 is stored; the secret is shown once, at creation. */
@Entity
@Table(name = "api_token")
public class ApiToken extends TenantOwned {

    @Column(name = "user_id")
    private UUID userId;
    private String name;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(UUID id, UUID userId, String name, String tokenHash, Instant expiresAt) {
        super(id);
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    UUID userId() {
        return userId;
    }

    String tokenHash() {
        return tokenHash;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void used(Instant now) {
        // One write a minute at most: a busy client must not turn every read into a write.
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
            lastUsedAt = now;
        }
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    TokenInfo info() {
        return new TokenInfo(id, name, createdAt, expiresAt, lastUsedAt, revokedAt);
    }
}
