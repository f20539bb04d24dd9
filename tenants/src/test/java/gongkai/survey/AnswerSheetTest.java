package gongkai.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import gongkai.error.DomainException;
import gongkai.survey.results.ScoringModel;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerSheetTest {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final QuestionnaireDefinition DEFAULT = DefaultQuestionnaire.definition();

    static Map<String, JsonNode> allRequired(String option) {
        Map<String, JsonNode> answers = new HashMap<>();
        for (String q : List.of("content", "timeliness", "channels", "systems", "requests", "attitude", "effect")) {
            answers.put(q, JSON.textNode(option));
        }
        return answers;
    }

    @Test
    void answers_become_option_indexes_in_the_scoring_models_order_with_skipped_optional_ones_unanswered() {
        Map<String, JsonNode> answers = allRequired("SATISFIED");
        answers.put("timeliness", JSON.textNode("DISSATISFIED"));
        answers.put("channels-used", JSON.arrayNode().add("website").add("hotline").add("website"));
        answers.put("suggestions", JSON.textNode("  多公开预算  "));

        AnswerSheet sheet = AnswerSheet.check(DEFAULT, answers);

        assertThat(sheet.scored()).containsExactly(0, 4, 0, 0, 0, 0, 0, ScoringModel.UNANSWERED);
        assertThat(sheet.answers().get("channels-used").toString()).isEqualTo("[\"website\",\"hotline\"]");
        assertThat(sheet.answers().get("suggestions").asText()).isEqualTo("多公开预算");
    }

    @Test
    void a_missing_required_answer_is_refused_naming_the_question() {
        Map<String, JsonNode> answers = allRequired("SATISFIED");
        answers.remove("attitude");

        assertRefused(answers, "answers.attitude");
    }

    @Test
    void an_unknown_option_a_rating_out_of_range_and_an_unknown_question_are_refused_naming_them() {
        Map<String, JsonNode> badOption = allRequired("SATISFIED");
        badOption.put("content", JSON.textNode("VERY_HAPPY"));
        assertRefused(badOption, "answers.content");

        Map<String, JsonNode> badRating = allRequired("SATISFIED");
        badRating.put("overall-rating", JSON.numberNode(11));
        assertRefused(badRating, "answers.overall-rating");

        Map<String, JsonNode> unknown = allRequired("SATISFIED");
        unknown.put("age", JSON.numberNode(40));
        assertRefused(unknown, "answers.age");
    }

    private static void assertRefused(Map<String, JsonNode> answers, String field) {
        assertThatThrownBy(() -> AnswerSheet.check(DEFAULT, answers))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo(field);
    }
}
