package gongkai.app.platform;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import gongkai.scoring.ExplanationLine;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON for the REST API: records in and out, unknown fields refused (the problem names them), dates as
 * ISO-8601 strings, decimals as written.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonMapper extends JacksonJsonProvider {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .addMixIn(ExplanationLine.class, ExplanationLineJson.class);

    /**
     * An explanation line's message key and arguments are for translated user interfaces; the API keeps its
     * {@code kind}, {@code code} and English {@code text} (#4).
     */
    @JsonIgnoreProperties({"key", "args"})
    private interface ExplanationLineJson {
    }

    public JsonMapper() {
        super(MAPPER);
    }
}
