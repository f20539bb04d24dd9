package gongkai.app.problem;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Outranks jackson-jakarta-rs's own mapper of the same type, which answers text/plain. */
@Provider
public class JsonParseExceptionMapper implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException e) {
        return new JsonInputExceptionMapper().toResponse(e);
    }
}
