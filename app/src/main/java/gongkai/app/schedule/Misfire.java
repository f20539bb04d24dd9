package gongkai.app.schedule;

/**
 * What a recurring schedule does when its time passed while no node could run it (all nodes down, frozen or
 * busy for longer than the misfire threshold of one minute). Never "every missed run": after a node was frozen,
 * the prototype saw a burst of catch-up runs (../shared/stack-notes.md). See docs/decisions/004-scheduler.md.
 */
public enum Misfire {
    /** Run once as soon as possible, however many runs were missed, then keep to the schedule. For work that
     *  must not be skipped (a weekly check, a monthly bulletin). The default. */
    RUN_ONCE_NOW,
    /** Do nothing until the next scheduled time. For work that only makes sense at its time (a reminder). */
    SKIP
}
