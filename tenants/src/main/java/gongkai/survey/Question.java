package gongkai.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question. {@code weight} (default 1) weighs a scored question within its section; {@code countsForRate}
 * (default true) says whether a satisfaction question's answers enter the satisfaction rate.
 */
public record Question(String code, QuestionType type, Wording text, Wording help, boolean required,
                       BigDecimal weight, Boolean countsForRate, List<Choice> options) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public BigDecimal weightOrDefault() {
        return weight == null ? BigDecimal.ONE : weight;
    }

    public boolean countsForRateOrDefault() {
        return countsForRate == null || countsForRate;
    }
}
