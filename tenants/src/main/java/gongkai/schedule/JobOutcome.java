package gongkai.schedule;

/** How a run of a scheduled job ended. */
public enum JobOutcome {
    SUCCEEDED,
    FAILED,
    /** Not run: the tenant is inactive or gone. */
    SKIPPED
}
