package gongkai.app.schedule;

import org.quartz.SchedulerException;
import org.quartz.listeners.SchedulerListenerSupport;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quartz logs through SLF4J, which has no provider in this server (slf4j-api sits on the launcher's class path,
 * where the WAR's class loader finds it first), so Quartz's own log is silent. The errors it reports to
 * scheduler listeners (job store and database failures, jobs that cannot be made) go to the server log here.
 */
final class SchedulerErrors extends SchedulerListenerSupport {

    private static final Logger LOG = Logger.getLogger(SchedulerErrors.class.getName());

    @Override
    public void schedulerError(String message, SchedulerException cause) {
        LOG.log(Level.WARNING, "[gongkai] scheduler: " + message, cause);
    }
}
