package gongkai.user;

import gongkai.tenancy.Caller;

import java.time.Instant;

/** How a login attempt ended. */
public record LoginOutcome(Caller caller, Instant lockedUntil, int failuresInARow, String passwordHash) {

    static LoginOutcome accepted(Caller caller, String passwordHash) {
        return new LoginOutcome(caller, null, 0, passwordHash);
    }

    static LoginOutcome rejected(int failuresInARow) {
        return new LoginOutcome(null, null, failuresInARow, null);
    }

    static LoginOutcome locked(Instant until) {
        return new LoginOutcome(null, until, UserAccount.LOCK_AFTER_FAILURES, null);
    }

    public boolean accepted() {
        return caller != null;
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
