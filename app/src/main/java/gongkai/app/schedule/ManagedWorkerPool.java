package gongkai.app.schedule;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.quartz.spi.ThreadPool;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Quartz's worker threads, made by the container's {@link ManagedThreadFactory}: jobs run with the application's
 * class loader and naming context, so CDI, JPA and JTA work in them (with Quartz's own pool, injected entity
 * managers were null: see ../shared/stack-notes.md). A fixed number of threads; Quartz asks for a free one
 * before it acquires triggers, so at most that many jobs run on this node at once.
 *
 * <p>Public only because Quartz sets the scheduler's name on it by reflection.
 */
public final class ManagedWorkerPool implements ThreadPool {

    private static final Logger LOG = Logger.getLogger(ManagedWorkerPool.class.getName());

    private final ManagedThreadFactory threadFactory;
    private final int size;
    private final Object lock = new Object();
    private int busy;
    private boolean shutdown;
    private ThreadPoolExecutor workers;

    ManagedWorkerPool(ManagedThreadFactory threadFactory, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("gongkai.scheduler.threads must be at least 1, not " + size);
        }
        this.threadFactory = threadFactory;
        this.size = size;
    }

    /** Creates the threads now, on the deploying thread, whose application context the factory captures. */
    @Override
    public void initialize() {
        AtomicInteger count = new AtomicInteger();
        workers = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = threadFactory.newThread(task);
            thread.setName("gongkai-scheduler-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        workers.prestartAllCoreThreads();
    }

    @Override
    public boolean runInThread(Runnable shell) {
        synchronized (lock) {
            while (busy >= size && !shutdown && await()) {
                // wait for a worker
            }
            if (shutdown || busy >= size) {
                // As Quartz's SimpleThreadPool does: a job handed over while shutting down still runs (refusing it
                // would put its trigger in the ERROR state), on a thread of its own.
                Thread last = threadFactory.newThread(shell);
                last.setName("gongkai-scheduler-worker-late");
                last.start();
                return true;
            }
            busy++;
        }
        workers.execute(() -> {
            try {
                shell.run();
            } finally {
                synchronized (lock) {
                    busy--;
                    lock.notifyAll();
                }
            }
        });
        return true;
    }

    @Override
    public int blockForAvailableThreads() {
        synchronized (lock) {
            while (busy >= size && !shutdown && await()) {
                // wait for a worker
            }
            return Math.max(0, size - busy);
        }
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        synchronized (lock) {
            shutdown = true;
            lock.notifyAll();
        }
        if (workers == null) {
            return;
        }
        workers.shutdown();
        try {
            if (!waitForJobsToComplete || !workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
                if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warning("scheduler workers still running after shutdown");
                }
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getPoolSize() {
        return size;
    }

    @Override
    public void setInstanceId(String instanceId) {
    }

    @Override
    public void setInstanceName(String instanceName) {
    }

    /** Waits a while for a worker to come free; false when interrupted (the scheduler is stopping). */
    private boolean await() {
        try {
            lock.wait(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
