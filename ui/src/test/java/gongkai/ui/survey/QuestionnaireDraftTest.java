package gongkai.ui.survey;

import gongkai.error.DomainException;
import gongkai.survey.DefaultQuestionnaire;
import gongkai.survey.QuestionType;
import gongkai.survey.QuestionnaireDefinition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireDraftTest {

    @Test
    void the_default_questionnaire_comes_back_unchanged_from_its_draft() {
        QuestionnaireDefinition d = DefaultQuestionnaire.definition();

        assertThat(QuestionnaireDraft.of(d).toDefinition()).isEqualTo(d);
    }

    @Test
    void a_template_section_added_twice_gets_fresh_section_and_question_codes_and_stays_valid() {
        QuestionnaireDraft draft = QuestionnaireDraft.of(DefaultQuestionnaire.definition());

        QuestionnaireDraft.SectionDraft added = draft.addSection(QuestionnaireDraft.templates().get(1));

        assertThat(added.code).isEqualTo("timeliness-2");
        assertThat(added.questions.get(0).code).isEqualTo("timeliness-2");
        assertThat(draft.toDefinition().checked().sections()).hasSize(8);
    }

    @Test
    void a_new_question_of_every_type_is_valid_once_its_text_is_written() {
        QuestionnaireDraft draft = QuestionnaireDraft.of(DefaultQuestionnaire.definition());
        QuestionnaireDraft.SectionDraft section = draft.addSection(null);
        section.title.zhHans = "新部分";
        for (QuestionType type : QuestionType.values()) {
            QuestionnaireDraft.QuestionDraft q = draft.addQuestion(section, type);
            assertThatThrownBy(() -> draft.toDefinition().checked()).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).field()).asString().endsWith(".text.zhHans");
            q.text.zhHans = "问题";
        }

        assertThat(draft.toDefinition().checked().sections().get(7).questions()).hasSize(QuestionType.values().length);
    }

    @Test
    void points_over_100_are_refused_naming_the_option() {
        QuestionnaireDraft draft = QuestionnaireDraft.of(DefaultQuestionnaire.definition());
        draft.sections.get(0).questions.get(0).options.get(1).points = new BigDecimal("120");

        assertThatThrownBy(() -> draft.toDefinition().checked()).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("definition.sections[0].questions[0].options[1].points");
    }

    @Test
    void a_condition_set_in_the_draft_reaches_the_definition() {
        QuestionnaireDraft draft = QuestionnaireDraft.of(DefaultQuestionnaire.definition());
        QuestionnaireDraft.QuestionDraft suggestions = draft.sections.get(6).questions.get(3);
        suggestions.showIfQuestion = "effect";
        suggestions.showIfAnyOf.add("DISSATISFIED");

        assertThat(draft.toDefinition().checked().sections().get(6).questions().get(3).showIf().anyOf())
                .containsExactly("DISSATISFIED");
        assertThat(draft.before(suggestions)).extracting(q -> q.code).contains("effect").doesNotContain("suggestions");
    }
}
