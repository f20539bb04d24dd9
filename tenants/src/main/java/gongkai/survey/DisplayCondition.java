package gongkai.survey;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Conditional display: a question is shown (and can be required) only when the earlier question {@code question}
 * was answered with one of {@code anyOf} (option codes of a satisfaction or choice question).
 */
public record DisplayCondition(String question, List<String> anyOf) {

    @JsonCreator
    public DisplayCondition {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /** Whether a respondent whose answer to {@link #question} is {@code answer} (a code, or codes) sees the question. */
    public boolean holdsFor(com.fasterxml.jackson.databind.JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return false;
        }
        if (answer.isArray()) {
            for (com.fasterxml.jackson.databind.JsonNode item : answer) {
                if (anyOf.contains(item.asText())) {
                    return true;
                }
            }
            return false;
        }
        return anyOf.contains(answer.asText());
    }
}
