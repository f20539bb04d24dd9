package gongkai.user;

import gongkai.tenancy.Caller;

import java.time.Instant;

/** An active user who is trying to log in: who they would be, their stored hash, and any lock. */
public record LoginCandidate(Caller caller, String passwordHash, Instant lockedUntil) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
