package gongkai.app.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import gongkai.error.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.stream.Collectors;

/** Malformed JSON, unknown or mistyped fields, and values the domain refuses while reading a body: 400. */
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.ws.rs.WebApplicationException wae) {
                // e.g. 413 from BodyLimit, raised while Jackson was reading the stream
                return new WebApplicationExceptionMapper().toResponse(wae);
            }
        }
        if (e instanceof ValueInstantiationException vie && vie.getCause() instanceof DomainException domain) {
            String field = prefixed(path(vie), domain.field());
            return Problems.response(Problem.ofField(400, "Bad Request", field, domain.getMessage()));
        }
        if (e instanceof UnrecognizedPropertyException upe) {
            String field = path(upe);
            return Problems.response(Problem.ofField(400, "Bad Request", field, "unknown field '" + field + "'"));
        }
        if (e instanceof InvalidFormatException ife) {
            String field = path(ife);
            return Problems.response(Problem.ofField(400, "Bad Request", field,
                    field + " has an invalid value '" + ife.getValue() + "'"));
        }
        if (e instanceof MismatchedInputException mie && !path(mie).isEmpty()) {
            String field = path(mie);
            return Problems.response(Problem.ofField(400, "Bad Request", field, field + " has the wrong type"));
        }
        if (e instanceof JsonMappingException jme && !path(jme).isEmpty()) {
            String field = path(jme);
            return Problems.response(Problem.ofField(400, "Bad Request", field, field + " is invalid"));
        }
        return Problems.response(400, "the body is not valid JSON: " + e.getOriginalMessage());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String prefixed(String path, String field) {
        if (field == null) {
            return path.isEmpty() ? null : path;
        }
        // Nested values may already name their full path (Names says "names.zhHans").
        if (path.isEmpty() || field.equals(path) || field.startsWith(path + ".")) {
            return field;
        }
        return path + "." + field;
    }
}
