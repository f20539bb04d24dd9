package gongkai.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import gongkai.error.DomainException;
import gongkai.survey.results.ScoringModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Conditional display: a question asked only after a given answer to an earlier one. */
class ConditionalDisplayTest {

    static QuestionnaireDefinition withCondition(Condition condition) {
        Question used = new Question("used", QuestionType.SINGLE_CHOICE, Wording.zh("是否申请过信息公开？"), null, true,
                null, null, List.of(new Choice("yes", Wording.zh("是"), null, null),
                new Choice("no", Wording.zh("否"), null, null)));
        Question requests = new Question("requests", QuestionType.SATISFACTION, Wording.zh("对办理申请是否满意？"), null,
                true, null, null, DefaultQuestionnaire.fiveLevel(), List.of(), condition);
        Question overall = new Question("overall", QuestionType.SATISFACTION, Wording.zh("总体是否满意？"), null, true,
                null, null, DefaultQuestionnaire.fiveLevel());
        return new QuestionnaireDefinition(Wording.zh("问卷"), null, List.of(new QuestionSection("s", Wording.zh("部分"),
                null, List.of(used, requests, overall))));
    }

    static final QuestionnaireDefinition DEFINITION = withCondition(new Condition("used", List.of("yes"))).checked();

    @Test
    void a_hidden_required_question_is_not_required_and_an_answer_sent_for_it_is_dropped() {
        AnswerSheet sheet = AnswerSheet.check(DEFINITION, Map.of("used", TextNode.valueOf("no"),
                "requests", TextNode.valueOf("SATISFIED"), "overall", TextNode.valueOf("SATISFIED")));

        assertThat(sheet.answers().has("requests")).isFalse();
        assertThat(sheet.scored()).containsExactly(ScoringModel.UNANSWERED, 0);
    }

    @Test
    void a_shown_required_question_must_be_answered() {
        assertThatThrownBy(() -> AnswerSheet.check(DEFINITION, Map.<String, JsonNode>of("used", TextNode.valueOf("yes"),
                "overall", TextNode.valueOf("SATISFIED"))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("answers.requests");

        AnswerSheet sheet = AnswerSheet.check(DEFINITION, Map.of("used", TextNode.valueOf("yes"),
                "requests", TextNode.valueOf("DISSATISFIED"), "overall", TextNode.valueOf("SATISFIED")));
        assertThat(sheet.scored()).containsExactly(4, 0);
    }

    @Test
    void a_condition_names_an_earlier_question_with_options_and_its_option_codes() {
        assertThatThrownBy(() -> withCondition(new Condition("overall", List.of("SATISFIED"))).checked())
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("definition.sections[0].questions[1].showIf.question");
        assertThatThrownBy(() -> withCondition(new Condition("used", List.of("maybe"))).checked())
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("definition.sections[0].questions[1].showIf.anyOf[0]");
        assertThatThrownBy(() -> withCondition(new Condition("used", List.of())).checked())
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("definition.sections[0].questions[1].showIf.anyOf");
    }

    @Test
    void a_condition_survives_export_and_import_and_a_question_without_one_exports_none() {
        String json = QuestionnaireJson.write(DEFINITION);

        assertThat(QuestionnaireJson.read(json)).isEqualTo(DEFINITION);
        assertThat(json).contains("\"showIf\":{\"question\":\"used\",\"anyOf\":[\"yes\"]}");
        assertThat(json.split("showIf", -1)).hasSize(2);
    }
}
