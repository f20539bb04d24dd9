package gongkai.app.schedule;

import gongkai.tenancy.TenantContext;
import gongkai.tenancy.TenantSummary;
import jakarta.enterprise.context.Dependent;
import org.quartz.JobExecutionContext;

/**
 * Scheduled once for the platform tenant whenever a node starts (see {@link Scheduling}): the whole path a
 * business job takes (cluster store, managed worker, CDI job, tenant context, a transactional service call, the
 * run log under row-level security), so the platform's run log shows that scheduled work runs on this
 * deployment before any weekly check depends on it.
 */
@Dependent
public class SchedulerSelfCheck extends TenantJob {

    static final String NAME = "scheduler-self-check";

    @Override
    protected String run(JobExecutionContext context) {
        TenantSummary tenant = jurisdictions.get(TenantContext.current().tenantCode());
        return "tenant " + tenant.code() + " read in a transaction on " + Thread.currentThread().getName();
    }
}
