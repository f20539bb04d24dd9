package gongkai.schedule;

import gongkai.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The run log of the acting tenant's scheduled jobs. The Quartz tables forget a one-shot job once it has run
 * and never say whether a run failed; this keeps the last run of each job (docs/decisions/004-scheduler.md).
 */
@ApplicationScoped
public class JobRuns {

    @Inject
    Tenancy tenancy;

    /** Records a finished run, in a transaction of its own: a failed job's work is rolled back, its record is not. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String jobName, Instant firedAt, JobOutcome outcome, String note, String node) {
        EntityManager em = tenancy.entityManager();
        JobRun run = byName(em, jobName).orElseGet(() -> {
            JobRun created = new JobRun(jobName);
            em.persist(created);
            return created;
        });
        run.ran(firedAt, Instant.now(), outcome, note, node);
    }

    @Transactional
    public Optional<JobRunSummary> find(String jobName) {
        return byName(tenancy.entityManager(), jobName).map(JobRun::summary);
    }

    @Transactional
    public List<JobRunSummary> all() {
        return tenancy.entityManager().createQuery("select r from JobRun r order by r.jobName", JobRun.class)
                .getResultList().stream().map(JobRun::summary).toList();
    }

    private static Optional<JobRun> byName(EntityManager em, String jobName) {
        return em.createQuery("select r from JobRun r where r.jobName = :name", JobRun.class)
                .setParameter("name", jobName).getResultStream().findFirst();
    }
}
