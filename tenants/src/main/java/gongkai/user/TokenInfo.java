package gongkai.user;

import java.time.Instant;
import java.util.UUID;

/** A token as its owner sees it, without its secret. */
public record TokenInfo(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                        Instant revokedAt) {
}
