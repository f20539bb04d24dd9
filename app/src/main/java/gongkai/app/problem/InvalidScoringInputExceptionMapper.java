package gongkai.app.problem;

import gongkai.scoring.InvalidScoringInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A scoring input that does not fit its scheme: 400 naming the input, e.g. {@code input.deductions[0].points}. */
@Provider
public class InvalidScoringInputExceptionMapper implements ExceptionMapper<InvalidScoringInputException> {

    @Override
    public Response toResponse(InvalidScoringInputException e) {
        return Problems.response(new Problem("about:blank", Problems.title(400), 400, e.getMessage(), null,
                List.of(new Problem.FieldError(e.field(), e.detail())), null));
    }
}
