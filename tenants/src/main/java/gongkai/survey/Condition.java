package gongkai.survey;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Conditional display: a question shows only when an earlier choice or satisfaction question was answered with one
 * of {@code anyOf} (option codes; for a multiple choice, when any of them is among the chosen). A hidden question
 * is not asked: it is never required, and an answer sent for it is dropped.
 */
public record Condition(String question, List<String> anyOf) {

    public Condition {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /** Whether an answer (in the public API's JSON) to {@link #question} meets the condition. */
    public boolean metBy(JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return false;
        }
        if (answer.isArray()) {
            for (JsonNode item : answer) {
                if (anyOf.contains(item.asText())) {
                    return true;
                }
            }
            return false;
        }
        return anyOf.contains(answer.asText());
    }
}
