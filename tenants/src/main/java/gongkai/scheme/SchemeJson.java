package gongkai.scheme;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.scoring.SchemeDefinition;

/**
 * The stored form of a {@link SchemeDefinition}: Jackson's JSON of the record, as the REST API writes it, so an
 * export is exactly what is stored. Reading is lenient about unknown fields so that definitions stored by an
 * older release still load after a field is dropped.
 */
public final class SchemeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private SchemeJson() {
    }

    public static String write(SchemeDefinition definition) {
        try {
            return MAPPER.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scheme definition could not be written as JSON", e);
        }
    }

    public static SchemeDefinition read(String json) {
        try {
            return MAPPER.readValue(json, SchemeDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored scheme definition could not be read", e);
        }
    }
}
