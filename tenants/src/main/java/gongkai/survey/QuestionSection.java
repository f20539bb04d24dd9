package gongkai.survey;

import java.math.BigDecimal;
import java.util.List;

/** A section of a questionnaire (a content area: content, timeliness, channels, ...) with its weight. */
public record QuestionSection(String code, Wording title, BigDecimal weight, List<Question> questions) {

    public QuestionSection {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public BigDecimal weightOrDefault() {
        return weight == null ? BigDecimal.ONE : weight;
    }
}
