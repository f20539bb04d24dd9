package gongkai.app.schedule;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.quartz.spi.ThreadExecutor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs Quartz's own long-lived threads (the scheduler loop, the cluster check-in, the misfire handler) on the
 * container's {@link ManagedThreadFactory} instead of plain {@code new Thread}: they then carry the
 * application's class loader and naming context like the workers do.
 *
 * <p>Quartz hands over a {@link Thread} object and later {@code join}s that object, which was never started and so
 * returns at once; {@link #stop} therefore interrupts and joins the threads that really ran it. Public only because
 * Quartz sets the scheduler's name on it by reflection.
 */
public final class ManagedThreadExecutor implements ThreadExecutor {

    private static final Logger LOG = Logger.getLogger(ManagedThreadExecutor.class.getName());

    private final ManagedThreadFactory threadFactory;
    private final List<Thread> started = new CopyOnWriteArrayList<>();

    ManagedThreadExecutor(ManagedThreadFactory threadFactory) {
        this.threadFactory = threadFactory;
    }

    @Override
    public void initialize() {
    }

    @Override
    public void execute(Thread quartzThread) {
        Thread thread = threadFactory.newThread(quartzThread);
        thread.setName("gongkai-" + quartzThread.getName());
        thread.setDaemon(true);
        started.add(thread);
        thread.start();
    }

    /** After Quartz has shut down: wakes its threads from their sleeps and waits for them to end. */
    void stop(long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Thread thread : started) {
            thread.interrupt();
        }
        for (Thread thread : started) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                thread.join(Math.max(1, left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (thread.isAlive()) {
                LOG.warning("scheduler thread " + thread.getName() + " did not stop");
            }
        }
        started.clear();
    }
}
