package gongkai.survey;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stored and exchanged form of a {@link QuestionnaireDefinition}: Jackson's JSON of the record, so an export
 * is exactly what is stored and imports back unchanged.
 */
public final class QuestionnaireJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private QuestionnaireJson() {
    }

    public static String write(QuestionnaireDefinition definition) {
        try {
            return MAPPER.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a questionnaire could not be written as JSON", e);
        }
    }

    public static QuestionnaireDefinition read(String json) {
        try {
            return MAPPER.readValue(json, QuestionnaireDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored questionnaire could not be read", e);
        }
    }
}
