package gongkai.user;

import gongkai.tenancy.Caller;

import java.time.Instant;

/** How a login attempt ended. */
public record LoginOutcome(Caller caller, Instant lockedUntil, int failuresInARow) {

    static LoginOutcome accepted(Caller caller) {
        return new LoginOutcome(caller, null, 0);
    }

    static LoginOutcome rejected(int failuresInARow) {
        return new LoginOutcome(null, null, failuresInARow);
    }

    static LoginOutcome locked(Instant until) {
        return new LoginOutcome(null, until, UserAccount.LOCK_AFTER_FAILURES);
    }

    public boolean accepted() {
        return caller != null;
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
