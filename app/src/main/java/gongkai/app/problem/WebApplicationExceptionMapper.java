package gongkai.app.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (404, 405, 406, 413, 415, a missing body...) as problem+json, never an HTML page. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.logged(e);
        }
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 406 -> "this resource answers application/json";
            case 413 -> "the body is larger than 1 MiB";
            case 415 -> "this media type is not accepted here (JSON resources take application/json)";
            default -> e.getMessage();
        };
        Response problem = Problems.response(status, detail);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("Retry-After")) {
                values.forEach(v -> problem.getHeaders().add(name, v));
            }
        });
        return problem;
    }
}
