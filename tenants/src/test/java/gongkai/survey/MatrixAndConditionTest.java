package gongkai.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import gongkai.error.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Matrix questions and conditional display (issue 5: the builder's question types). */
class MatrixAndConditionTest {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static Question satisfaction() {
        return new Question("overall", QuestionType.SATISFACTION, Wording.zh("总体满意吗？"), null, true, null, null,
                DefaultQuestionnaire.fiveLevel());
    }

    static Question matrix(List<Choice> rows) {
        return new Question("agencies", QuestionType.MATRIX, Wording.zh("对以下单位的评价"), null, true, null, null,
                DefaultQuestionnaire.fiveLevel(), rows, null);
    }

    static Question why(Condition showIf) {
        return new Question("why", QuestionType.TEXT, Wording.zh("不满意的原因"), null, true, null, null, List.of(),
                List.of(), showIf);
    }

    static QuestionnaireDefinition of(Question... questions) {
        return new QuestionnaireDefinition(Wording.zh("问卷"), null,
                List.of(new QuestionSection("s", Wording.zh("部分"), null, List.of(questions))));
    }

    static final List<Choice> ROWS = List.of(new Choice("edu", Wording.zh("教育局"), null, null),
            new Choice("health", Wording.zh("卫健委"), null, null));

    static final Condition UNHAPPY = new Condition("overall", List.of("NOT_VERY_SATISFIED", "DISSATISFIED"));

    @Test
    void a_matrix_and_a_condition_survive_check_and_json_round_trip() {
        QuestionnaireDefinition definition = of(satisfaction(), matrix(ROWS), why(UNHAPPY)).checked();

        assertThat(QuestionnaireJson.read(QuestionnaireJson.write(definition))).isEqualTo(definition);
        assertThat(definition.scoringModel().questions()).hasSize(1); // the matrix is charted, not scored
    }

    @Test
    void a_matrix_without_rows_is_refused_naming_its_rows() {
        assertRefused(of(satisfaction(), matrix(List.of())), "definition.sections[0].questions[1].rows");
    }

    @Test
    void rows_on_another_type_are_refused() {
        Question choice = new Question("pick", QuestionType.SINGLE_CHOICE, Wording.zh("选"), null, false, null, null,
                List.of(new Choice("a", Wording.zh("甲"), null, null), new Choice("b", Wording.zh("乙"), null, null)),
                ROWS, null);
        assertRefused(of(satisfaction(), choice), "definition.sections[0].questions[1].rows");
    }

    @Test
    void a_matrix_scale_option_over_100_points_is_refused() {
        List<Choice> scale = List.of(new Choice("good", Wording.zh("好"), new BigDecimal("101"), null),
                new Choice("bad", Wording.zh("差"), BigDecimal.ZERO, null));
        Question m = new Question("m", QuestionType.MATRIX, Wording.zh("矩阵"), null, false, null, null, scale, ROWS, null);
        assertRefused(of(satisfaction(), m), "definition.sections[0].questions[1].options[0].points");
    }

    @Test
    void a_condition_on_a_later_or_unknown_question_is_refused() {
        assertRefused(of(why(UNHAPPY), satisfaction()), "definition.sections[0].questions[0].showIf.question");
        assertRefused(of(satisfaction(), why(new Condition("nope", List.of("SATISFIED")))),
                "definition.sections[0].questions[1].showIf.question");
    }

    @Test
    void a_condition_on_an_option_the_question_lacks_is_refused_naming_it() {
        assertRefused(of(satisfaction(), why(new Condition("overall", List.of("SATISFIED", "MAYBE")))),
                "definition.sections[0].questions[1].showIf.anyOf[1]");
    }

    @Test
    void a_hidden_required_question_need_not_be_answered_and_its_answer_is_dropped() {
        QuestionnaireDefinition definition = of(satisfaction(), why(UNHAPPY)).checked();
        Map<String, JsonNode> answers = new HashMap<>();
        answers.put("overall", JSON.textNode("SATISFIED"));
        answers.put("why", JSON.textNode("不应出现"));

        AnswerSheet sheet = AnswerSheet.check(definition, answers);

        assertThat(sheet.answers().has("why")).isFalse();
        assertThat(sheet.scored()).containsExactly(0);
    }

    @Test
    void a_shown_required_question_must_be_answered() {
        QuestionnaireDefinition definition = of(satisfaction(), why(UNHAPPY)).checked();
        Map<String, JsonNode> answers = new HashMap<>();
        answers.put("overall", JSON.textNode("DISSATISFIED"));

        assertThatThrownBy(() -> AnswerSheet.check(definition, answers)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("answers.why");
    }

    @Test
    void a_matrix_answer_is_kept_per_row_and_a_missing_required_row_is_refused_naming_it() {
        QuestionnaireDefinition definition = of(satisfaction(), matrix(ROWS)).checked();
        Map<String, JsonNode> answers = new HashMap<>();
        answers.put("overall", JSON.textNode("SATISFIED"));
        answers.put("agencies", JSON.objectNode().put("edu", "SATISFIED").put("health", "DISSATISFIED"));

        AnswerSheet sheet = AnswerSheet.check(definition, answers);
        assertThat(sheet.answers().get("agencies").toString()).isEqualTo("{\"edu\":\"SATISFIED\",\"health\":\"DISSATISFIED\"}");
        assertThat(sheet.scored()).containsExactly(0);

        answers.put("agencies", JSON.objectNode().put("edu", "SATISFIED"));
        assertThatThrownBy(() -> AnswerSheet.check(definition, answers)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("answers.agencies.health");
        answers.put("agencies", JSON.objectNode().put("edu", "SATISFIED").put("health", "SATISFIED").put("x", "SATISFIED"));
        assertThatThrownBy(() -> AnswerSheet.check(definition, answers)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("answers.agencies.x");
    }

    private static void assertRefused(QuestionnaireDefinition definition, String field) {
        assertThatThrownBy(definition::checked).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo(field);
    }
}
