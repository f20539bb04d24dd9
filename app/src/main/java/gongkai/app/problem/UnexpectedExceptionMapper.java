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
        return byCause(e);
    }

    /** The answer for what a chain of causes holds: a domain refusal, a conflict, or else a logged 500. */
    static Response byCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return Problems.response(DomainExceptionMapper.problem(domain));
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException) {
                return Problems.response(409, "the record was changed by someone else meanwhile: reload and retry");
            }
            // Two requests creating the same code at once: both pass the service's duplicate check, the database's
            // unique key stops the second (SQLState 23505). A conflict, not a server error.
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return Problems.response(409, "a record with the same key was created meanwhile: reload and retry");
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
