package gongkai.app.problem;

import gongkai.error.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A domain refusal: 400, 401, 403, 404, 409, 413 or 429, naming the field where there is one. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        return Problems.response(problem(e));
    }

    static Problem problem(DomainException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_MANY -> 429;
            case TOO_LARGE -> 413;
        };
        return Problem.ofField(status, Problems.title(status), e.field(), e.getMessage());
    }
}
