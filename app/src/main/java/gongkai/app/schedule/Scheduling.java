package gongkai.app.schedule;

import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.DirectSchedulerFactory;
import org.quartz.impl.jdbcjobstore.InvalidConfigurationException;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.simpl.SimpleInstanceIdGenerator;
import org.quartz.utils.DBConnectionManager;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The Quartz scheduler inside the application (docs/decisions/004-scheduler.md): started when the application
 * starts, after {@code Bootstrap}; shut down before it stops, waiting for running jobs.
 *
 * <ul>
 * <li>Job store: JDBC ({@link JobStoreTX}, {@link PostgreSQLDelegate}) on the tables of migration V2, clustered:
 *     every node runs the same scheduler {@value #NAME}, each trigger fires on one of them, and a node that stops
 *     checking in has its jobs taken over.</li>
 * <li>Connections: the container's non-transactional pool {@value #DATA_SOURCE}; Quartz commits itself.</li>
 * <li>Threads: workers and Quartz's internal threads from the container's {@link ManagedThreadFactory}, so jobs
 *     have CDI, JPA and JTA; jobs are CDI beans ({@link CdiJobFactory}).</li>
 * </ul>
 *
 * <p>{@code gongkai.scheduler.enabled=false} leaves this node's scheduler in standby: it stores schedules (for
 * the nodes that run them) but runs no job. {@code gongkai.scheduler.threads} is how many jobs run at once on
 * this node.
 */
@ApplicationScoped
public class Scheduling {

    static final String NAME = "gongkai";
    static final String DATA_SOURCE = "java:app/jdbc/gongkai-nontx";
    /** Quartz finds its connection provider under this name in its {@link DBConnectionManager}. */
    private static final String QUARTZ_DATA_SOURCE = "gongkai";
    /** A trigger more than this late counts as missed and follows its {@link Misfire} policy (Quartz's default). */
    private static final long MISFIRE_THRESHOLD_MS = 60_000;
    /** How long an idle scheduler waits before looking for triggers another node added (Quartz's default). */
    private static final long IDLE_WAIT_MS = 30_000;
    private static final long DB_RETRY_MS = 15_000;

    private static final Logger LOG = Logger.getLogger(Scheduling.class.getName());

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    CdiJobFactory jobFactory;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Schedules schedules;

    @Inject
    @ConfigProperty(name = "gongkai.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "gongkai.scheduler.threads", defaultValue = "4")
    int threads;

    private volatile Scheduler scheduler;
    private ManagedThreadExecutor internalThreads;

    // After Bootstrap (default observer priority APPLICATION + 500), which creates the platform tenant.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class)
                 Object started) throws SchedulerException, SQLException, InvalidConfigurationException {
        long t0 = System.nanoTime();
        ContainerConnections connections = new ContainerConnections(DATA_SOURCE);
        connections.initialize();
        DBConnectionManager.getInstance().addConnectionProvider(QUARTZ_DATA_SOURCE, connections);

        internalThreads = new ManagedThreadExecutor(threadFactory);
        ManagedWorkerPool workers = new ManagedWorkerPool(threadFactory, threads);

        JobStoreTX store = new JobStoreTX();
        store.setDataSource(QUARTZ_DATA_SOURCE);
        store.setDriverDelegateClass(PostgreSQLDelegate.class.getName());
        // Quartz's SQL names the tables unquoted, so PostgreSQL folds QRTZ_LOCKS to the qrtz_locks of V2.
        store.setTablePrefix("QRTZ_");
        // Job data as string properties, not serialised Java objects: nothing breaks when a class changes.
        store.setUseProperties("true");
        store.setIsClustered(true);
        store.setMisfireThreshold(MISFIRE_THRESHOLD_MS);
        store.setThreadExecutor(internalThreads);
        store.setThreadPoolSize(threads);
        store.setMakeThreadsDaemons(true);

        String instanceId = new SimpleInstanceIdGenerator().generateInstanceId();
        DirectSchedulerFactory.getInstance().createScheduler(NAME, instanceId, workers, internalThreads, store,
                Map.of(), null, 0, IDLE_WAIT_MS, DB_RETRY_MS, false, null, 1, 0);
        Scheduler created = DirectSchedulerFactory.getInstance().getScheduler(NAME);
        created.setJobFactory(jobFactory);
        created.getListenerManager().addSchedulerListener(new SchedulerErrors());
        scheduler = created;
        if (!enabled) {
            LOG.info("[gongkai] scheduler '" + NAME + "' in standby (gongkai.scheduler.enabled=false): "
                    + "this node stores schedules but runs no job");
            return;
        }
        created.start();
        LOG.info(String.format("[gongkai] scheduler '%s' started as %s: clustered on PostgreSQL, %d workers, %d ms",
                NAME, instanceId, threads, (System.nanoTime() - t0) / 1_000_000));
        scheduleSelfCheck();
    }

    /** Once per start of any node, a few seconds later: proves that scheduled tenant work runs (job_run). */
    private void scheduleSelfCheck() {
        Tenant platform = jurisdictions.ensurePlatform();
        TenantContext.run(Acting.system(platform.id(), platform.code()), () -> schedules.once(
                SchedulerSelfCheck.NAME, SchedulerSelfCheck.class, Instant.now().plusSeconds(5)));
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        Scheduler running = scheduler;
        if (running == null) {
            return;
        }
        scheduler = null;
        long t0 = System.nanoTime();
        try {
            running.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warning("[gongkai] stopping the scheduler: " + e.getMessage());
        } finally {
            internalThreads.stop(10, TimeUnit.SECONDS);
        }
        LOG.info(String.format("[gongkai] scheduler '%s' stopped in %d ms", NAME, (System.nanoTime() - t0) / 1_000_000));
    }

    /** The scheduler, started or in standby. */
    Scheduler scheduler() {
        Scheduler current = scheduler;
        if (current == null) {
            throw new IllegalStateException("the scheduler is not running (the application is starting or stopping)");
        }
        return current;
    }
}
