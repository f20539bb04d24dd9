package gongkai.schedule;

import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** The run log of one scheduled job of a tenant: its last run, and counts of all runs and failures. */
@Entity
@Table(name = "job_run")
public class JobRun extends TenantOwned {

    static final int NOTE_LENGTH = 1000;

    @Column(name = "job_name")
    private String jobName;
    @Column(name = "last_fired_at")
    private Instant lastFiredAt;
    @Column(name = "last_finished_at")
    private Instant lastFinishedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome")
    private JobOutcome lastOutcome;
    @Column(name = "last_note")
    private String lastNote;
    @Column(name = "last_node")
    private String lastNode;
    private long runs;
    private long failures;
    @Version
    private long version;

    protected JobRun() {
    }

    JobRun(String jobName) {
        super(UUID.randomUUID());
        this.jobName = jobName;
    }

    void ran(Instant firedAt, Instant finishedAt, JobOutcome outcome, String note, String node) {
        this.lastFiredAt = firedAt;
        this.lastFinishedAt = finishedAt;
        this.lastOutcome = outcome;
        this.lastNote = note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
        this.lastNode = node;
        this.runs++;
        if (outcome == JobOutcome.FAILED) {
            this.failures++;
        }
    }

    JobRunSummary summary() {
        return new JobRunSummary(jobName, lastFiredAt, lastFinishedAt, lastOutcome, lastNote, lastNode, runs, failures);
    }
}
