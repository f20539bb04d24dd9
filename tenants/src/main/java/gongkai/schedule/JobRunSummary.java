package gongkai.schedule;

import java.time.Instant;

/** The last run of one of the acting tenant's scheduled jobs, and how many there were. */
public record JobRunSummary(String jobName, Instant lastFiredAt, Instant lastFinishedAt, JobOutcome lastOutcome,
                            String lastNote, String lastNode, long runs, long failures) {
}
