package gongkai.app.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Outranks jackson-jakarta-rs's own mapper of the same type, which answers text/plain. */
@Provider
public class JsonMappingExceptionMapper implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException e) {
        return new JsonInputExceptionMapper().toResponse(e);
    }
}
