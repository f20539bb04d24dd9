package gongkai.app.problem;

import gongkai.error.DomainException;

import java.util.UUID;

/** Ids in request paths. */
public final class PathIds {

    private PathIds() {
    }

    /**
     * The id a path segment names; a segment that is no id answers 404 like an unknown id, so that a malformed id
     * reveals nothing the isolation matrix would not allow.
     *
     * @param what what the id names, e.g. "panel member", for the message
     */
    public static UUID uuid(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.notFound(what + " " + value);
        }
    }
}
