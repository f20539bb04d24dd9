package gongkai.app.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Jobs are CDI beans: each run gets a fresh instance (jobs are {@code @Dependent}) with its injections, inside a
 * request context of its own (so request-scoped beans work as they do for HTTP), destroyed when the run ends.
 */
@ApplicationScoped
public class CdiJobFactory implements JobFactory {

    @Inject
    Instance<Object> beans;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        Instance<? extends Job> candidates = beans.select(type);
        if (!candidates.isResolvable()) {
            throw new SchedulerException("job " + bundle.getJobDetail().getKey() + ": " + type.getName()
                    + " is not a CDI bean (annotate it @Dependent)");
        }
        return new Run<>(candidates.getHandle(), requestContexts);
    }

    /** One run of a job bean: the bean is made when the run starts and destroyed when it ends. */
    private record Run<J extends Job>(Instance.Handle<J> handle, Instance<RequestContextController> requestContexts)
            implements Job {

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            RequestContextController requestContext = requestContexts.get();
            boolean activated = requestContext.activate();
            try {
                handle.get().execute(context);
            } finally {
                try {
                    handle.destroy();
                } finally {
                    if (activated) {
                        requestContext.deactivate();
                    }
                    requestContexts.destroy(requestContext);
                }
            }
        }
    }
}
