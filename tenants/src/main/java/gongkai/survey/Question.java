package gongkai.survey;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question. {@code weight} (default 1) weighs a scored question within its section; {@code countsForRate}
 * (default true) says whether a satisfaction question's answers enter the satisfaction rate; {@code showIf}
 * (optional) shows it only after a given answer to an earlier question.
 */
public record Question(String code, QuestionType type, Wording text, Wording help, boolean required,
                       BigDecimal weight, Boolean countsForRate, List<Choice> options,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Condition showIf) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A question shown always. */
    public Question(String code, QuestionType type, Wording text, Wording help, boolean required,
                    BigDecimal weight, Boolean countsForRate, List<Choice> options) {
        this(code, type, text, help, required, weight, countsForRate, options, null);
    }

    public BigDecimal weightOrDefault() {
        return weight == null ? BigDecimal.ONE : weight;
    }

    public boolean countsForRateOrDefault() {
        return countsForRate == null || countsForRate;
    }
}
