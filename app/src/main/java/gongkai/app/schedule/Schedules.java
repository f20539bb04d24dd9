package gongkai.app.schedule;

import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ScheduleBuilder;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Scheduled work of the acting tenant: what later features call to run a {@link TenantJob} on a calendar
 * (a weekly check, a monthly bulletin) or once (closing a survey window). The tenant comes from the
 * {@link TenantContext}, never from the caller; a job is named within its tenant, and scheduling a name again
 * replaces its schedule, so features may (re)register at start-up or whenever a setting changes.
 *
 * <p>Schedules are stored in PostgreSQL (Quartz's JDBC job store, outside the caller's transaction: see
 * docs/decisions/004-scheduler.md) and run on whichever node of the cluster is free when they are due.
 */
@ApplicationScoped
public class Schedules {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,149}");

    @Inject
    Scheduling scheduling;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Instance<Object> beans;

    /**
     * Runs {@code job} for the acting tenant at the times of a Quartz cron expression (seconds first:
     * {@code "0 0 9 ? * MON"} is Mondays at 09:00), read in the tenant's time zone.
     */
    public void cron(String name, Class<? extends TenantJob> job, String cron, Misfire misfire,
                     Map<String, String> data) {
        Acting acting = acting();
        try {
            CronExpression.validateExpression(cron);
        } catch (ParseException e) {
            throw DomainException.invalid("cron", "not a cron expression (" + e.getMessage() + "): " + cron);
        }
        TimeZone zone = TimeZone.getTimeZone(jurisdictions.byId(acting.tenantId())
                .orElseThrow(() -> DomainException.notFound("tenant " + acting.tenantCode())).timeZone());
        CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone);
        schedule = switch (Objects.requireNonNull(misfire, "misfire")) {
            case RUN_ONCE_NOW -> schedule.withMisfireHandlingInstructionFireAndProceed();
            case SKIP -> schedule.withMisfireHandlingInstructionDoNothing();
        };
        put(acting, name, job, data, schedule, null);
    }

    public void cron(String name, Class<? extends TenantJob> job, String cron, Misfire misfire) {
        cron(name, job, cron, misfire, Map.of());
    }

    /** Runs {@code job} once for the acting tenant at {@code at}; if no node was up then, as soon as one is. */
    public void once(String name, Class<? extends TenantJob> job, Instant at, Map<String, String> data) {
        Acting acting = acting();
        Objects.requireNonNull(at, "at");
        put(acting, name, job, data, SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow(), at);
    }

    public void once(String name, Class<? extends TenantJob> job, Instant at) {
        once(name, job, at, Map.of());
    }

    /** Removes the acting tenant's job {@code name} and its schedule; false if there was none. */
    public boolean cancel(String name) {
        try {
            return scheduling.scheduler().deleteJob(key(acting(), name));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot cancel " + name + ": " + e.getMessage(), e);
        }
    }

    /** When the acting tenant's job {@code name} runs next; empty if it is not scheduled (any more). */
    public Optional<Instant> nextRun(String name) {
        try {
            return scheduling.scheduler().getTriggersOfJob(key(TenantContext.current(), name)).stream()
                    .map(Trigger::getNextFireTime).filter(Objects::nonNull).min(Date::compareTo).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the schedule of " + name + ": " + e.getMessage(), e);
        }
    }

    private void put(Acting acting, String name, Class<? extends TenantJob> job, Map<String, String> data,
                     ScheduleBuilder<? extends Trigger> schedule, Instant at) {
        JobKey key = key(acting, name);
        if (!beans.select(job).isResolvable()) {
            throw new IllegalArgumentException(job.getName() + " is not a CDI bean: annotate it @Dependent");
        }
        JobDataMap jobData = new JobDataMap();
        data.forEach((k, v) -> {
            if (k.startsWith("gongkai.")) {
                throw new IllegalArgumentException("job data keys starting with 'gongkai.' are reserved: " + k);
            }
            jobData.put(k, Objects.requireNonNull(v, k));
        });
        jobData.put(TenantJob.TENANT_ID, acting.tenantId().toString());
        jobData.put(TenantJob.TENANT_CODE, acting.tenantCode());
        // Not durable: the job goes when its last trigger has fired. Requests recovery: if the node running it
        // dies, another node runs it again (so the work must be idempotent).
        JobDetail detail = JobBuilder.newJob(job).withIdentity(key).usingJobData(jobData).requestRecovery(true).build();
        TriggerBuilder<? extends Trigger> trigger = TriggerBuilder.newTrigger()
                .withIdentity(key.getName(), key.getGroup()).forJob(detail).withSchedule(schedule);
        if (at != null) {
            trigger.startAt(Date.from(at));
        }
        try {
            scheduling.scheduler().scheduleJob(detail, Set.of(trigger.build()), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + key + ": " + e.getMessage(), e);
        }
    }

    /** A job is named within its tenant: the group is the tenant's code (unique and never changed). */
    private static JobKey key(Acting acting, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a job name is 1-150 of a-z 0-9 . _ - (starting with a letter or digit): "
                    + name);
        }
        return JobKey.jobKey(name, acting.tenantCode());
    }

    private static Acting acting() {
        Acting acting = TenantContext.current();
        if (acting.readOnly()) {
            throw DomainException.forbidden("a subordinate jurisdiction's schedules can be read, not changed");
        }
        return acting;
    }
}
