package gongkai.survey;

import gongkai.error.DomainException;
import gongkai.survey.results.ScoringModel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireDefinitionTest {

    @Test
    void the_default_questionnaire_asks_about_every_content_area_of_the_seeds_and_is_valid() {
        QuestionnaireDefinition definition = DefaultQuestionnaire.definition();

        assertThat(definition.checked()).isEqualTo(definition);
        assertThat(definition.sections()).extracting(QuestionSection::code).containsExactly(
                "content", "timeliness", "channels", "systems", "requests", "attitude", "effect");
        ScoringModel model = definition.scoringModel();
        assertThat(model.questions()).hasSize(8); // seven five-level questions and the 0-10 rating
    }

    @Test
    void an_export_imports_back_unchanged() {
        QuestionnaireDefinition definition = DefaultQuestionnaire.definition();

        assertThat(QuestionnaireJson.read(QuestionnaireJson.write(definition))).isEqualTo(definition);
    }

    @Test
    void a_satisfaction_question_without_five_options_is_refused_naming_its_path() {
        QuestionnaireDefinition definition = DefaultQuestionnaire.definition();
        List<QuestionSection> sections = new ArrayList<>(definition.sections());
        Question q = sections.get(1).questions().get(0);
        sections.set(1, new QuestionSection("timeliness", sections.get(1).title(), null, List.of(new Question(q.code(),
                q.type(), q.text(), null, true, null, null, q.options().subList(0, 4)))));

        assertThatThrownBy(() -> new QuestionnaireDefinition(definition.title(), null, sections).checked())
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("definition.sections[1].questions[0].options");
    }

    @Test
    void configurable_points_of_the_five_levels_reach_the_scoring_model() {
        List<Choice> options = new ArrayList<>(DefaultQuestionnaire.fiveLevel());
        options.set(1, new Choice("FAIRLY_SATISFIED", Wording.zh("较满意"), new BigDecimal("90"), null));
        QuestionnaireDefinition definition = new QuestionnaireDefinition(Wording.zh("问卷"), null, List.of(
                new QuestionSection("s", Wording.zh("部分"), null, List.of(new Question("q", QuestionType.SATISFACTION,
                        Wording.zh("满意吗？"), null, true, null, null, options))))).checked();

        assertThat(definition.scoringModel().score(new int[]{1}).score()).contains(new BigDecimal("90.00"));
    }
}
