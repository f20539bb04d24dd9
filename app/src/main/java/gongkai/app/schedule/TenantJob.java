package gongkai.app.schedule;

import gongkai.schedule.JobOutcome;
import gongkai.schedule.JobRuns;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A job that does one piece of work for one tenant. Its job data carries the tenant (put there by
 * {@link Schedules}); each run acts as the system for that tenant ({@link Acting#system}), calls the subclass's
 * one service method and records the outcome in the tenant's run log ({@link JobRuns}). Business logic stays in
 * the service, not in the job. Subclasses are {@code @Dependent} beans (see {@link CdiJobFactory}).
 *
 * <p>Never two runs of the same job at once, across the cluster ({@link DisallowConcurrentExecution} is kept in
 * the job store). A run may be repeated after a node failed during it (recovery), and a missed run is made up
 * once: the service call must be idempotent. See docs/decisions/004-scheduler.md.
 */
@DisallowConcurrentExecution
public abstract class TenantJob implements Job {

    /** Job data keys that {@link Schedules} reserves. */
    static final String TENANT_ID = "gongkai.tenant.id";
    static final String TENANT_CODE = "gongkai.tenant.code";

    private static final Logger LOG = Logger.getLogger(TenantJob.class.getName());

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    JobRuns runs;

    /**
     * The job's one service call, made as the system acting for the tenant. Its result is a short note for the
     * run log (may be null); an exception marks the run failed, rolls back what the service's transaction did and
     * is not retried before the next scheduled run.
     */
    protected abstract String run(JobExecutionContext context);

    @Override
    public final void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        if (data.getString(TENANT_ID) == null) {
            throw new IllegalStateException("job " + context.getJobDetail().getKey() + " carries no tenant:"
                    + " schedule tenant jobs through Schedules");
        }
        UUID tenantId = UUID.fromString(data.getString(TENANT_ID));
        String tenantCode = data.getString(TENANT_CODE);
        String jobName = context.getJobDetail().getKey().getName();
        Instant firedAt = context.getFireTime().toInstant();
        String node = node(context);
        TenantContext.run(Acting.system(tenantId, tenantCode), () -> {
            Optional<Tenant> tenant = jurisdictions.byId(tenantId);
            if (tenant.isEmpty() || !tenant.get().active()) {
                LOG.info(() -> "scheduled job " + tenantCode + "/" + jobName + " skipped: the tenant is inactive");
                runs.record(jobName, firedAt, JobOutcome.SKIPPED, "tenant inactive", node);
                return;
            }
            String note;
            try {
                note = run(context);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "scheduled job " + tenantCode + "/" + jobName + " failed", e);
                runs.record(jobName, firedAt, JobOutcome.FAILED, e.toString(), node);
                return;
            }
            runs.record(jobName, firedAt, JobOutcome.SUCCEEDED, note, node);
        });
    }

    private static String node(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return null;
        }
    }
}
