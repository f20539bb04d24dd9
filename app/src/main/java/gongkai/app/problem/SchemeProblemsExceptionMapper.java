package gongkai.app.problem;

import gongkai.scheme.SchemeProblemsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A scheme with problems: 400 with one error per problem, each at its path (e.g. {@code scheme.gradeBands[1]}). */
@Provider
public class SchemeProblemsExceptionMapper implements ExceptionMapper<SchemeProblemsException> {

    @Override
    public Response toResponse(SchemeProblemsException e) {
        return Problems.response(new Problem("about:blank", Problems.title(400), 400, e.getMessage(), null,
                e.fieldProblems().stream().map(p -> new Problem.FieldError(p.path(), p.message())).toList(), null));
    }
}
