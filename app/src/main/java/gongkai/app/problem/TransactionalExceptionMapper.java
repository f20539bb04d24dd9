package gongkai.app.problem;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure at the commit of a {@code @Transactional} service, e.g. a unique key violated by a concurrent request.
 * Jersey has its own mapper for this type, which re-throws and ends in the container's HTML error page; this one
 * takes precedence and answers by the cause, as problem+json.
 */
@Provider
@Priority(1)
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException e) {
        return UnexpectedExceptionMapper.byCause(e);
    }
}
