package gongkai.app.problem;

import gongkai.error.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: 500 with a log id to quote, the stack trace only in the log. A domain refusal wrapped by the
 * container (e.g. in a transaction rollback) is unwrapped and answered as itself.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return Problems.response(DomainExceptionMapper.problem(domain));
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException) {
                return Problems.response(409, "the record was changed by someone else meanwhile: reload and retry");
            }
        }
        return logged(e);
    }

    static Response logged(Throwable e) {
        String logId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected error, log id " + logId, e);
        return Problems.response(new Problem("about:blank", "Internal Server Error", 500,
                "something went wrong on our side; quote log id " + logId, null, java.util.List.of(), logId));
    }
}
