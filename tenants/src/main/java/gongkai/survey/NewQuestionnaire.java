package gongkai.survey;

import gongkai.error.Check;

/** A new questionnaire: the built-in default when {@code definition} is null, else an imported definition. */
public record NewQuestionnaire(String code, QuestionnaireDefinition definition) {

    public NewQuestionnaire {
        code = Check.code("code", code);
    }
}
