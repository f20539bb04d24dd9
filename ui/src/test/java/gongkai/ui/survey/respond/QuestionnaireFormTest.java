package gongkai.ui.survey.respond;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import gongkai.survey.AnswerSheet;
import gongkai.survey.Choice;
import gongkai.survey.Condition;
import gongkai.survey.Question;
import gongkai.survey.QuestionSection;
import gongkai.survey.QuestionType;
import gongkai.survey.Wording;
import gongkai.survey.DefaultQuestionnaire;
import gongkai.survey.QuestionnaireDefinition;
import gongkai.ui.i18n.Translations;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The respondent's form as a plain object: answers in the public API's JSON, checks beside questions, preview. */
class QuestionnaireFormTest {

    private final QuestionnaireDefinition questionnaire = DefaultQuestionnaire.definition();

    private static Map<String, JsonNode> complete() {
        Map<String, JsonNode> answers = new HashMap<>();
        for (String q : List.of("content", "timeliness", "channels", "systems", "requests", "attitude", "effect")) {
            answers.put(q, TextNode.valueOf("FAIRLY_SATISFIED"));
        }
        answers.put("overall-rating", IntNode.valueOf(7));
        answers.put("channels-used", JsonNodeFactory.instance.arrayNode().add("hotline").add("website"));
        answers.put("suggestions", TextNode.valueOf("  多公开预算 "));
        return answers;
    }

    @Test
    void filled_answers_come_back_in_the_json_the_public_api_accepts() {
        QuestionnaireForm form = new QuestionnaireForm(questionnaire, Translations.ZH_HANS);
        form.fill(complete());
        Map<String, JsonNode> answers = form.answers();
        assertThat(answers.get("content").asText()).isEqualTo("FAIRLY_SATISFIED");
        assertThat(answers.get("overall-rating").asInt()).isEqualTo(7);
        assertThat(answers.get("channels-used").toString()).as("in the questionnaire's order")
                .isEqualTo("[\"website\",\"hotline\"]");
        assertThat(answers.get("suggestions").asText()).isEqualTo("多公开预算");
        assertThat(answers).doesNotContainKey("respondent");
        assertThat(form.answeredCount()).isEqualTo(10);
        // the server's own check takes them as they are
        AnswerSheet sheet = AnswerSheet.check(questionnaire, answers);
        assertThat(sheet.answers().get("content").asText()).isEqualTo("FAIRLY_SATISFIED");
        assertThat(form.validate()).isTrue();
    }

    @Test
    void a_missing_required_answer_is_marked_beside_its_question_and_nothing_is_submitted() {
        QuestionnaireForm form = new QuestionnaireForm(questionnaire, Translations.EN);
        List<Map<String, JsonNode>> submitted = new ArrayList<>();
        form.addSubmitListener(submitted::add);
        Map<String, JsonNode> partial = complete();
        partial.remove("timeliness");
        form.fill(partial);
        button(form).click();
        assertThat(submitted).isEmpty();
        assertThat(invalid(form, "timeliness")).isTrue();
        assertThat(invalid(form, "content")).isFalse();
        assertThat(form.getChildren().filter(c -> "q-timeliness".equals(c.getId().orElse(null))).findFirst()
                .orElseThrow().getClassNames()).contains("gk-invalid");

        form.fill(Map.of("timeliness", TextNode.valueOf("SATISFIED")));
        button(form).click();
        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0).get("timeliness").asText()).isEqualTo("SATISFIED");
    }

    @Test
    void a_server_refusal_shows_beside_the_named_question_only() {
        QuestionnaireForm form = new QuestionnaireForm(questionnaire, Translations.ZH_HANS);
        assertThat(form.showError("answers.overall-rating", "0-10")).isTrue();
        assertThat(invalid(form, "overall-rating")).isTrue();
        assertThat(form.showError("unitCode", "x")).as("not a question of the form").isFalse();
    }

    @Test
    void in_preview_everything_can_be_answered_but_nothing_submitted() {
        QuestionnaireForm form = new QuestionnaireForm(questionnaire, Translations.ZH_HANT);
        List<Map<String, JsonNode>> submitted = new ArrayList<>();
        form.addSubmitListener(submitted::add);
        form.setPreview(true);
        form.fill(complete());
        assertThat(button(form).isEnabled()).isFalse();
        assertThat(form.isPreview()).isTrue();
        assertThat(form.answers()).hasSize(10);
    }

    @Test
    void texts_follow_the_language_and_fall_back_to_simplified_chinese() {
        assertThat(SurveyLanguage.EN.pick(questionnaire.title())).isEqualTo("Government openness survey");
        assertThat(SurveyLanguage.ZH_HANT.pick(questionnaire.title())).as("no traditional text: simplified")
                .isEqualTo("政务公开社会评议问卷");
        assertThat(SurveyLanguage.offeredBy(questionnaire)).containsExactly(SurveyLanguage.ZH_HANS, SurveyLanguage.EN);
        assertThat(SurveyLanguage.ofTag("zh-hant")).isEqualTo(SurveyLanguage.ZH_HANT);
        assertThat(SurveyLanguage.ofTag("fr")).isEqualTo(SurveyLanguage.ZH_HANS);
    }

    @Test
    void a_matrix_question_asks_its_scale_of_every_row_and_answers_an_object_the_server_accepts() {
        Question agencies = new Question("agencies", QuestionType.MATRIX, Wording.zh("对以下单位的评价"), null, true,
                null, null, DefaultQuestionnaire.fiveLevel(), List.of(new Choice("civil", Wording.zh("民政局"), null, null),
                new Choice("edu", Wording.zh("教育局"), null, null)), null);
        QuestionnaireDefinition matrix = new QuestionnaireDefinition(Wording.zh("问卷"), null, List.of(
                new QuestionSection("s", Wording.zh("部分"), null, List.of(agencies, new Question("overall",
                        QuestionType.SATISFACTION, Wording.zh("总体"), null, false, null, null,
                        DefaultQuestionnaire.fiveLevel()))))).checked();
        QuestionnaireForm form = new QuestionnaireForm(matrix, Translations.ZH_HANS);
        List<Map<String, JsonNode>> submitted = new ArrayList<>();
        form.addSubmitListener(submitted::add);

        form.fill(Map.of("agencies", Api.object("civil", "SATISFIED")));
        button(form).click();
        assertThat(submitted).as("one row unanswered").isEmpty();
        assertThat(invalid(form, "agencies")).isTrue();

        form.fill(Map.of("agencies", Api.object("civil", "SATISFIED", "edu", "DISSATISFIED")));
        assertThat(invalid(form, "agencies")).isFalse();
        JsonNode answer = form.answers().get("agencies");
        assertThat(answer.toString()).isEqualTo("{\"civil\":\"SATISFIED\",\"edu\":\"DISSATISFIED\"}");
        assertThat(AnswerSheet.check(matrix, form.answers()).answers().get("agencies").get("edu").asText())
                .isEqualTo("DISSATISFIED");
        button(form).click();
        assertThat(submitted).hasSize(1);
    }

    /** Builds small JSON objects for answers. */
    private static final class Api {
        static JsonNode object(String... pairs) {
            com.fasterxml.jackson.databind.node.ObjectNode node =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < pairs.length; i += 2) {
                node.put(pairs[i], pairs[i + 1]);
            }
            return node;
        }
    }

    @Test
    void a_conditional_question_shows_after_its_answer_and_counts_only_while_shown() {
        Question used = new Question("used", QuestionType.SINGLE_CHOICE, Wording.zh("是否申请过？"), null, true, null,
                null, List.of(new Choice("yes", Wording.zh("是"), null, null), new Choice("no", Wording.zh("否"), null, null)));
        Question requests = new Question("requests", QuestionType.SATISFACTION, Wording.zh("办理是否满意？"), null, true,
                null, null, DefaultQuestionnaire.fiveLevel(), List.of(), new Condition("used", List.of("yes")));
        QuestionnaireDefinition conditional = new QuestionnaireDefinition(Wording.zh("问卷"), null, List.of(
                new QuestionSection("s", Wording.zh("部分"), null, List.of(used, requests)))).checked();
        QuestionnaireForm form = new QuestionnaireForm(conditional, Translations.ZH_HANS);
        List<Map<String, JsonNode>> submitted = new ArrayList<>();
        form.addSubmitListener(submitted::add);

        assertThat(form.isShown("requests")).isFalse();
        form.fill(Map.of("used", TextNode.valueOf("yes")));
        assertThat(form.isShown("requests")).isTrue();
        button(form).click();
        assertThat(submitted).as("the shown question is required").isEmpty();
        assertThat(invalid(form, "requests")).isTrue();

        form.fill(Map.of("requests", TextNode.valueOf("SATISFIED"), "used", TextNode.valueOf("no")));
        assertThat(form.isShown("requests")).isFalse();
        assertThat(invalid(form, "requests")).as("a hidden question shows no error").isFalse();
        button(form).click();
        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0)).as("a hidden answer is not sent").containsOnlyKeys("used");
    }

    private static Button button(QuestionnaireForm form) {
        return (Button) form.getChildren().filter(c -> c instanceof Button).findFirst().orElseThrow();
    }

    private static boolean invalid(QuestionnaireForm form, String code) {
        Component fieldSet = form.getChildren().filter(c -> ("q-" + code).equals(c.getId().orElse(null)))
                .findFirst().orElseThrow();
        return fieldSet.getChildren().filter(c -> c instanceof HasValidation).map(c -> ((HasValidation) c).isInvalid())
                .findFirst().orElseThrow();
    }
}
